// Links with their provenance, one static-type MERGE per type as the service does.
UNWIND $rows AS row
MATCH (a:Entity {id: row.fromId}), (b:Entity {id: row.toId})
CALL (a, b, row) {
  WITH * WHERE row.type = 'ASSOCIATES_WITH' MERGE (a)-[r:ASSOCIATES_WITH]->(b) RETURN r
  UNION ALL WITH * WHERE row.type = 'EXPLOITS' MERGE (a)-[r:EXPLOITS]->(b) RETURN r
  UNION ALL WITH * WHERE row.type = 'MEMBER_OF' MERGE (a)-[r:MEMBER_OF]->(b) RETURN r
  UNION ALL WITH * WHERE row.type = 'FREQUENTS' MERGE (a)-[r:FREQUENTS]->(b) RETURN r
  UNION ALL WITH * WHERE row.type = 'USES' MERGE (a)-[r:USES]->(b) RETURN r
  UNION ALL WITH * WHERE row.type = 'INVOLVED_IN' MERGE (a)-[r:INVOLVED_IN]->(b) RETURN r
  UNION ALL WITH * WHERE row.type = 'OCCURRED_AT' MERGE (a)-[r:OCCURRED_AT]->(b) RETURN r
}
SET r.id = coalesce(r.id, row.id),
    r.sources = coalesce(r.sources, []) + row.source,
    r.agencies = CASE WHEN row.agency IN coalesce(r.agencies, []) THEN r.agencies ELSE coalesce(r.agencies, []) + row.agency END,
    r.firstReported = CASE WHEN r.firstReported IS NULL OR row.at < r.firstReported THEN row.at ELSE r.firstReported END,
    r.lastReported = CASE WHEN r.lastReported IS NULL OR row.at > r.lastReported THEN row.at ELSE r.lastReported END,
    r.source = CASE WHEN r.source IS NULL OR row.grade < r.source THEN row.grade ELSE r.source END,
    r.intelligence = coalesce(r.intelligence, row.intelligence),
    r.handling = 'P',
    r.role = coalesce(row.role, r.role)
