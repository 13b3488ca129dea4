// The links of one entity, and of the records merged into it, each with its provenance and a summary of the
// node at the other end.
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (m:Merged)-[:MERGED_INTO]->(n)
WITH n, collect(m) AS merged
WITH [n] + merged AS group
UNWIND group AS g
MATCH (g)-[r]-(x:Entity)
WHERE type(r) IN $types AND NOT x IN group
RETURN type(r) AS type, startNode(r) = g AS outgoing,
       x.id AS otherId, labels(x) AS otherLabels, properties(x) AS otherProperties,
       r.sources AS sources, size(r.agencies) AS agencies,
       r.firstReported AS firstReported, r.lastReported AS lastReported,
       r.source AS source, r.intelligence AS intelligence, r.handling AS handling, r.conditions AS conditions,
       r.role AS role, r.kind AS kind
ORDER BY type, otherId
LIMIT $limit
