// A disruption record: against a node or a hotspot outline, following a tasking when there is one.
CREATE (d:Disruption {id: $id, tactic: $tactic, date: $date, outcome: $outcome, childrenEngaged: $childrenEngaged,
                      hotspot: $hotspot, areas: $areas, createdAt: $at, createdBy: $by})
WITH d
OPTIONAL MATCH (n:Entity {id: $targetId})
FOREACH (_ IN CASE WHEN n IS NULL THEN [] ELSE [1] END | CREATE (d)-[:AGAINST]->(n))
WITH d
OPTIONAL MATCH (t:Tasking {id: $taskingId})
FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END | CREATE (d)-[:FOLLOWS]->(t))
RETURN d.id AS id
