// The entities one hop from any of the frontier, through the given link types, of the given kinds.
MATCH (n:Entity)-[r]-(m:Entity)
WHERE n.id IN $frontier AND type(r) IN $types AND any(label IN labels(m) WHERE label IN $labels)
RETURN DISTINCT m.id AS id
ORDER BY id
LIMIT $limit
