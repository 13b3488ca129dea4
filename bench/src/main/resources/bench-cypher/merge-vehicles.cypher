UNWIND $rows AS row
MERGE (n:Vehicle {vrm: row.key})
  ON CREATE SET n:Entity, n.id = row.id, n.make = row.make, n.colour = row.colour
