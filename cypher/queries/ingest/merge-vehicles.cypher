// Vehicles are identified by their normalised registration mark: one row per distinct mark. Descriptive
// fields take the latest report that gives them.
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Vehicle {vrm: row.key})
  ON CREATE SET n:Entity, n.id = row.newId
SET n.make = coalesce(row.make, n.make), n.model = coalesce(row.model, n.model), n.colour = coalesce(row.colour, n.colour)
RETURN row.key AS key, n.id AS id
