// The links of each frontier entity and of the records merged into it, each with the entity at the other
// end (its survivor, where that record was merged) and the submissions asserting the link. Filtering by
// period, grading and corroboration is done by the caller over these facts, so one plan serves every filter;
// the submissions' own details are read once per request by network/find-submissions, not once per link.
// Of the far entity only what a network view shows of it is returned, not every property it has.
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
OPTIONAL CALL (x) {
  MATCH (x:Merged)-[:MERGED_INTO*1..3]->(survivor:Entity)
  WHERE NOT survivor:Merged
  RETURN survivor LIMIT 1
}
WITH near, member, r, coalesce(survivor, x) AS far
WHERE far <> near
RETURN near.id AS nearId, far.id AS farId, labels(far) AS farLabels,
       far {.name, .number, .vrm, .platform, .handle, .incidentType, .occurredAt, .address, .postcode, .areas, .sources,
            .point} AS farProperties,
       r.id AS id, type(r) AS type, startNode(r) = member AS outgoing,
       r.sources AS sources, r.agencies AS agencies, r.firstReported AS firstReported, r.lastReported AS lastReported,
       r.source AS source, r.intelligence AS intelligence, r.handling AS handling, r.conditions AS conditions,
       r.role AS role, r.kind AS kind
ORDER BY nearId, farId, type
