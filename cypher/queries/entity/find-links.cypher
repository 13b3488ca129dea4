// The links of one entity, and of the records merged into it, each with its provenance (every submission
// asserting it, with its agency, date and grading) and a summary of the node at the other end.
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (m:Merged)-[:MERGED_INTO]->(n)
WITH n, collect(m) AS merged
WITH [n] + merged AS group
UNWIND group AS g
MATCH (g)-[r]-(x:Entity)
WHERE type(r) IN $types AND NOT x IN group
CALL (r) {
  UNWIND coalesce(r.sources, []) AS submissionId
  MATCH (s:Submission {id: submissionId})
  RETURN collect({submissionId: s.id, agency: s.agency, reported: s.submittedAt,
                  grading: toString(s.source) + s.intelligence + ' ' + s.handling}) AS provenance
}
RETURN type(r) AS type, startNode(r) = g AS outgoing,
       x.id AS otherId, labels(x) AS otherLabels, properties(x) AS otherProperties,
       r.sources AS sources, size(r.agencies) AS agencies,
       r.firstReported AS firstReported, r.lastReported AS lastReported,
       r.source AS source, r.intelligence AS intelligence, r.handling AS handling, r.conditions AS conditions,
       r.role AS role, r.kind AS kind, provenance
ORDER BY type, otherId
LIMIT $limit
