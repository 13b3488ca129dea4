// A node that a tasking or disruption may be against, with its point when it has one.
MATCH (n:Entity {id: $id})
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties, n.point AS point
