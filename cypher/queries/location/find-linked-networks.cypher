// The networks some people (by record id, merged records included) are members of, with the sources of
// each membership link.
MATCH (p:Person)-[r:MEMBER_OF]->(n:Network)
WHERE p.id IN $personIds
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties, collect(coalesce(r.sources, [])) AS sources
ORDER BY id
