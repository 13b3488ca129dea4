// The entities with these ids, with the properties a network view shows.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
