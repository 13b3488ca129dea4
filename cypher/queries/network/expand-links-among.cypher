// As network/expand-links, keeping only the links whose far entity (as its survivor) is one of $known: the
// links among the nodes a neighbourhood has already found, read from its outer ring. Filtering on the far end
// before anything else is read skips the many links that lead out of the neighbourhood; comparing nodes found once
// up front, rather than each far entity's id with the list, saves reading the id of every entity passed.
CALL () {
  UNWIND $known AS knownId
  MATCH (k:Entity {id: knownId})
  RETURN collect(k) AS knownNodes
}
UNWIND $frontier AS nearId
MATCH (near:Entity {id: nearId})
CALL (near) {
  RETURN near AS member
  UNION
  MATCH (near)<-[:MERGED_INTO*1..3]-(member:Merged)
  RETURN member
}
MATCH (member)-[r]-(x:Entity)
WHERE type(r) IN $types AND (x IN knownNodes OR x:Merged)
OPTIONAL CALL (x) {
  MATCH (x:Merged)-[:MERGED_INTO*1..3]->(survivor:Entity)
  WHERE NOT survivor:Merged
  RETURN survivor LIMIT 1
}
WITH near, member, r, coalesce(survivor, x) AS far
WHERE far <> near AND far IN knownNodes
RETURN near.id AS nearId, far.id AS farId, labels(far) AS farLabels,
       far {.name, .number, .vrm, .platform, .handle, .incidentType, .occurredAt, .address, .postcode, .areas, .sources,
            .point} AS farProperties,
       r.id AS id, type(r) AS type, startNode(r) = member AS outgoing,
       r.sources AS sources, r.agencies AS agencies, r.firstReported AS firstReported, r.lastReported AS lastReported,
       r.source AS source, r.intelligence AS intelligence, r.handling AS handling, r.conditions AS conditions,
       r.role AS role, r.kind AS kind
ORDER BY nearId, farId, type
