// Provenance on nodes: which submissions and agencies reported each, first and last, and the areas
// of the cases that mention it (the forum's area and the areas its places lie in).
MATCH (s:Submission {id: $submissionId})
UNWIND $ids AS nodeId
MATCH (n:Entity {id: nodeId})
SET n.sources = CASE WHEN s.id IN coalesce(n.sources, []) THEN n.sources ELSE coalesce(n.sources, []) + s.id END,
    n.agencies = CASE WHEN s.agency IN coalesce(n.agencies, []) THEN n.agencies ELSE coalesce(n.agencies, []) + s.agency END,
    n.firstReported = CASE WHEN n.firstReported IS NULL OR s.submittedAt < n.firstReported THEN s.submittedAt ELSE n.firstReported END,
    n.lastReported = CASE WHEN n.lastReported IS NULL OR s.submittedAt > n.lastReported THEN s.submittedAt ELSE n.lastReported END,
    n.areas = reduce(acc = coalesce(n.areas, []), a IN $areas | CASE WHEN a IN acc THEN acc ELSE acc + a END)
MERGE (s)-[:MENTIONS]->(n)
