// The organisations operating some places (hotels, taxi firms, takeaways...), with the sources of each link.
MATCH (o:Organisation)-[r:OPERATES]->(l:Location)
WHERE l.id IN $locationIds
RETURN o.id AS id, labels(o) AS labels, properties(o) AS properties, collect(coalesce(r.sources, [])) AS sources
ORDER BY id
