// A page of disruption records with their target and the tasking they follow, latest first, each row carrying how
// many match (`total`; one row with no record when the page is past the end). Filters are optional: one by id,
// a tasking, a target, a member's areas, an agency's taskings.
MATCH (d:Disruption)
WHERE ($id IS NULL OR d.id = $id)
  AND ($areas IS NULL OR any(a IN d.areas WHERE a IN $areas))
  AND ($taskingId IS NULL OR EXISTS { MATCH (d)-[:FOLLOWS]->(:Tasking {id: $taskingId}) })
  AND ($targetId IS NULL OR EXISTS { MATCH (d)-[:AGAINST]->(:Entity {id: $targetId}) })
  AND ($agency IS NULL OR EXISTS { MATCH (d)-[:FOLLOWS]->(:Tasking {assignedTo: $agency}) })
WITH d ORDER BY d.date DESC, d.createdAt DESC, d.id
WITH collect(d) AS matched
UNWIND CASE WHEN $offset >= size(matched) THEN [null] ELSE matched[$offset..$offset + $limit] END AS d
OPTIONAL MATCH (d)-[:AGAINST]->(n:Entity)
OPTIONAL MATCH (d)-[:FOLLOWS]->(t:Tasking)
RETURN size(matched) AS total, d.id AS id, d.tactic AS tactic, d.date AS date, d.outcome AS outcome, d.childrenEngaged AS childrenEngaged,
       d.hotspot AS hotspot, d.areas AS areas, d.createdAt AS createdAt, d.createdBy AS createdBy,
       n.id AS targetId, labels(n) AS targetLabels, properties(n) AS targetProperties, n.point AS targetPoint,
       t.id AS taskingId, t.status AS status, t.due AS due, t.assignedTo AS assignedTo
ORDER BY d.date DESC, d.createdAt DESC, d.id
