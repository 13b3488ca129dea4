// The links of one entity, each with its provenance, and a summary of the node at the other end.
MATCH (n:Entity {id: $id})-[r]-(m:Entity)
WHERE type(r) IN $types
RETURN type(r) AS type, startNode(r) = n AS outgoing,
       m.id AS otherId, labels(m) AS otherLabels, properties(m) AS otherProperties,
       r.sources AS sources, size(r.agencies) AS agencies,
       r.firstReported AS firstReported, r.lastReported AS lastReported,
       r.source AS source, r.intelligence AS intelligence, r.handling AS handling, r.conditions AS conditions,
       r.role AS role, r.kind AS kind
ORDER BY type, otherId
LIMIT $limit
