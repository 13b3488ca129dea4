// A page of taskings with their target, meeting, campaign and history, soonest due first, each row carrying how
// many match (`total`; one row with no tasking when the page is past the end). Every filter is optional: one
// tasking by id, a status, an agency, a member's areas, a meeting, a campaign, a target, overdue only (open and
// due before $today). Only the page's taskings are read beyond their own properties. One tasking by id is found
// through the id's unique index; only a list reads every tasking.
CALL () {
  WITH $id AS id WHERE id IS NOT NULL
  MATCH (t:Tasking {id: id})
  RETURN t
  UNION ALL
  WITH $id AS id WHERE id IS NULL
  MATCH (t:Tasking)
  RETURN t
}
WITH t
WHERE ($status IS NULL OR t.status = $status)
  AND ($agency IS NULL OR t.assignedTo = $agency)
  AND ($areas IS NULL OR any(a IN t.areas WHERE a IN $areas))
  AND ($meetingId IS NULL OR EXISTS { MATCH (t)-[:RAISED_AT]->(:Meeting {id: $meetingId}) })
  AND ($campaignId IS NULL OR EXISTS { MATCH (:Campaign {id: $campaignId})-[:GENERATED]->(t) })
  AND ($targetId IS NULL OR EXISTS { MATCH (t)-[:TARGETS]->(:Entity {id: $targetId}) })
  AND (NOT $overdue OR (t.due < $today AND NOT t.status IN ['DONE', 'CANCELLED']))
WITH t ORDER BY t.due, t.hotspotRank, t.createdAt, t.id
WITH collect(t) AS matched
UNWIND CASE WHEN $offset >= size(matched) THEN [null] ELSE matched[$offset..$offset + $limit] END AS t
OPTIONAL MATCH (t)-[:TARGETS]->(n:Entity)
OPTIONAL MATCH (t)-[:RAISED_AT]->(m:Meeting)
OPTIONAL MATCH (c:Campaign)-[:GENERATED]->(t)
CALL (t) {
  MATCH (t)-[:HAS_UPDATE]->(u:TaskingUpdate)
  WITH u ORDER BY u.at
  RETURN collect({at: u.at, by: u.by, status: u.status, note: u.note}) AS notes
}
RETURN size(matched) AS total, t.id AS id, t.action AS action, t.status AS status, t.due AS due, t.assignedTo AS assignedTo,
       t.areas AS areas, t.hotspot AS hotspot, t.hotspotRank AS hotspotRank, t.createdAt AS createdAt, t.createdBy AS createdBy,
       m.id AS meetingId, c.id AS campaignId,
       n.id AS targetId, labels(n) AS targetLabels, properties(n) AS targetProperties, notes
ORDER BY t.due, t.hotspotRank, t.createdAt, t.id
