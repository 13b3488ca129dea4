// People by id, with their labels and properties, to decide how each appears to a reader.
UNWIND $ids AS personId
MATCH (p:Person {id: personId})
RETURN p.id AS id, labels(p) AS labels, properties(p) AS properties
