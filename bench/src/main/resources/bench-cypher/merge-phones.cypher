UNWIND $rows AS row
MERGE (n:Phone {number: row.key})
  ON CREATE SET n:Entity, n.id = row.id
