// What a campaign did: hotspots targeted (one tasking each), those visited, visits, notices, offender visits and
// children engaged, from the disruption records that follow its taskings.
MATCH (c:Campaign {id: $id})-[:GENERATED]->(t:Tasking)
OPTIONAL MATCH (d:Disruption)-[:FOLLOWS]->(t)
OPTIONAL MATCH (d)-[:AGAINST]->(n:Entity)
RETURN count(DISTINCT t) AS hotspotsTargeted,
       count(DISTINCT CASE WHEN d IS NOT NULL THEN t END) AS hotspotsVisited,
       count(DISTINCT CASE WHEN t.status = 'DONE' THEN t END) AS taskingsDone,
       count(DISTINCT CASE WHEN d.tactic IN ['VISIT', 'OUTREACH', 'PATROL'] AND (n IS NULL OR NOT n:Person) THEN d END) AS visitsMade,
       count(DISTINCT CASE WHEN d.tactic IN ['CAWN', 'S49_NOTICE', 'HOTEL_NOTICE'] THEN d END) AS noticesIssued,
       count(DISTINCT CASE WHEN d.tactic = 'VISIT' AND n:PersonOfInterest THEN d END) AS offenderVisits,
       sum(coalesce(d.childrenEngaged, 0)) AS childrenEngaged
