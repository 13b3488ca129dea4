UNWIND $rows AS row
MATCH (s:Submission {id: row.submissionId}), (n:Entity {id: row.id})
SET n.sources = coalesce(n.sources, []) + row.submissionId,
    n.agencies = CASE WHEN row.agency IN coalesce(n.agencies, []) THEN n.agencies ELSE coalesce(n.agencies, []) + row.agency END,
    n.areas = coalesce(n.areas, []) + [a IN row.areas WHERE NOT a IN coalesce(n.areas, [])],
    n.firstReported = CASE WHEN n.firstReported IS NULL OR row.at < n.firstReported THEN row.at ELSE n.firstReported END,
    n.lastReported = CASE WHEN n.lastReported IS NULL OR row.at > n.lastReported THEN row.at ELSE n.lastReported END
CREATE (s)-[:MENTIONS]->(n)
