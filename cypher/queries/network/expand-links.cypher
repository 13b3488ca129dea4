// The links of each frontier entity and of the records merged into it, each with the entity at the other
// end (its survivor, where that record was merged) and every submission asserting the link. Filtering by
// period, grading and corroboration is done by the caller over these facts, so one plan serves every filter.
UNWIND $frontier AS nearId
MATCH (near:Entity {id: nearId})
CALL (near) {
  RETURN near AS member
  UNION
  MATCH (near)<-[:MERGED_INTO*1..3]-(member:Merged)
  RETURN member
}
MATCH (member)-[r]-(x:Entity)
WHERE type(r) IN $types
OPTIONAL MATCH (x)-[:MERGED_INTO*1..3]->(survivor:Entity)
  WHERE NOT survivor:Merged
WITH near, member, r, x, coalesce(survivor, x) AS far
WHERE far <> near
CALL (r) {
  UNWIND coalesce(r.sources, []) AS submissionId
  MATCH (s:Submission {id: submissionId})
  RETURN collect({submissionId: s.id, agency: s.agency, reported: s.submittedAt,
                  source: s.source, intelligence: s.intelligence, handling: s.handling}) AS provenance
}
RETURN near.id AS nearId, far.id AS farId, labels(far) AS farLabels, properties(far) AS farProperties,
       r.id AS id, type(r) AS type, startNode(r) = member AS outgoing,
       r.sources AS sources, r.agencies AS agencies, r.firstReported AS firstReported, r.lastReported AS lastReported,
       r.source AS source, r.intelligence AS intelligence, r.handling AS handling, r.conditions AS conditions,
       r.role AS role, r.kind AS kind, provenance
ORDER BY nearId, farId, type
