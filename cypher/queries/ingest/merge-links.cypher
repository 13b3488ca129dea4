// Links asserted by a batch of submissions, one row per distinct (from, type, to) carrying what the batch
// says of it. Asserting a link again adds its sources and never a second relationship; the strongest
// grading is kept, and the handling code is C as soon as any source attaches conditions, whose conditions
// travel with the link. Each type has its own MERGE: with a static type the planner always expands from the
// two nodes, whereas a MERGE on a dynamic type, planned on a young database, scans every relationship.
CYPHER replan=skip
UNWIND $links AS row
MATCH (a:Entity {id: row.fromId}), (b:Entity {id: row.toId})
CALL (a, b, row) {
  WITH * WHERE row.type = 'ASSOCIATES_WITH' MERGE (a)-[r:ASSOCIATES_WITH]->(b) ON CREATE SET r.id = row.newId RETURN r
  UNION ALL WITH * WHERE row.type = 'EXPLOITS' MERGE (a)-[r:EXPLOITS]->(b) ON CREATE SET r.id = row.newId RETURN r
  UNION ALL WITH * WHERE row.type = 'MEMBER_OF' MERGE (a)-[r:MEMBER_OF]->(b) ON CREATE SET r.id = row.newId RETURN r
  UNION ALL WITH * WHERE row.type = 'LIVES_AT' MERGE (a)-[r:LIVES_AT]->(b) ON CREATE SET r.id = row.newId RETURN r
  UNION ALL WITH * WHERE row.type = 'FREQUENTS' MERGE (a)-[r:FREQUENTS]->(b) ON CREATE SET r.id = row.newId RETURN r
  UNION ALL WITH * WHERE row.type = 'USES' MERGE (a)-[r:USES]->(b) ON CREATE SET r.id = row.newId RETURN r
  UNION ALL WITH * WHERE row.type = 'CONTACTED' MERGE (a)-[r:CONTACTED]->(b) ON CREATE SET r.id = row.newId RETURN r
  UNION ALL WITH * WHERE row.type = 'OPERATES' MERGE (a)-[r:OPERATES]->(b) ON CREATE SET r.id = row.newId RETURN r
  UNION ALL WITH * WHERE row.type = 'WORKS_FOR' MERGE (a)-[r:WORKS_FOR]->(b) ON CREATE SET r.id = row.newId RETURN r
  UNION ALL WITH * WHERE row.type = 'INVOLVED_IN' MERGE (a)-[r:INVOLVED_IN]->(b) ON CREATE SET r.id = row.newId RETURN r
}
WITH r, row, (r.source IS NULL OR row.source < r.source OR (row.source = r.source AND row.intelligence < r.intelligence)) AS stronger
SET r.sources = coalesce(r.sources, []) + [x IN row.sources WHERE NOT x IN coalesce(r.sources, [])],
    r.agencies = coalesce(r.agencies, []) + [x IN row.agencies WHERE NOT x IN coalesce(r.agencies, [])],
    r.firstReported = CASE WHEN r.firstReported IS NULL OR row.firstReported < r.firstReported THEN row.firstReported ELSE r.firstReported END,
    r.lastReported = CASE WHEN r.lastReported IS NULL OR row.lastReported > r.lastReported THEN row.lastReported ELSE r.lastReported END,
    r.source = CASE WHEN stronger THEN row.source ELSE r.source END,
    r.intelligence = CASE WHEN stronger THEN row.intelligence ELSE r.intelligence END,
    r.handling = CASE WHEN r.handling = 'C' OR row.handling = 'C' THEN 'C' ELSE 'P' END,
    r.conditions = CASE WHEN size(row.conditions) = 0 THEN r.conditions
                        ELSE coalesce(r.conditions, []) + [c IN row.conditions WHERE NOT c IN coalesce(r.conditions, [])] END,
    r.role = coalesce(row.role, r.role),
    r.kind = coalesce(row.kind, r.kind)
RETURN count(*) AS merged
