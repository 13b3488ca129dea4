// An entity a submission names by id, with its labels to tell its kind.
MATCH (n:Entity {id: $id})
RETURN n.id AS id, labels(n) AS labels
