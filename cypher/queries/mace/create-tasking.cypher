// A tasking: assigned to an agency, raised at a meeting or by a campaign, against a node or a hotspot outline.
// Its history starts with the raising.
MERGE (a:Agency {code: $assignedTo})
  ON CREATE SET a.name = $assignedTo
CREATE (t:Tasking {id: $id, action: $action, status: 'OPEN', due: $due, assignedTo: $assignedTo, areas: $areas,
                   hotspot: $hotspot, hotspotRank: $hotspotRank, createdAt: $at, createdBy: $by})
CREATE (t)-[:ASSIGNED_TO]->(a)
CREATE (t)-[:HAS_UPDATE]->(:TaskingUpdate {at: $at, by: $by, status: 'OPEN', note: $note})
WITH t
OPTIONAL MATCH (m:Meeting {id: $meetingId})
FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END | CREATE (t)-[:RAISED_AT]->(m))
WITH t
OPTIONAL MATCH (n:Entity {id: $targetId})
FOREACH (_ IN CASE WHEN n IS NULL THEN [] ELSE [1] END | CREATE (t)-[:TARGETS]->(n))
WITH t
OPTIONAL MATCH (c:Campaign {id: $campaignId})
FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | CREATE (c)-[:GENERATED]->(t))
RETURN t.id AS id
