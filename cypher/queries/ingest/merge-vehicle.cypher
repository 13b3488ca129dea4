// A vehicle is identified by its normalised registration mark; descriptive fields take the latest report.
MERGE (n:Vehicle {vrm: $vrm})
  ON CREATE SET n:Entity, n.id = $newId
SET n.make = coalesce($make, n.make), n.model = coalesce($model, n.model), n.colour = coalesce($colour, n.colour)
RETURN n.id AS id
