// One entity and all its stored properties.
MATCH (n:Entity {id: $id})
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
