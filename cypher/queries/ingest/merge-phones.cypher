// Phones are identified by their normalised (E.164) number: one row per distinct number.
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Phone {number: row.key})
  ON CREATE SET n:Entity, n.id = row.newId
RETURN row.key AS key, n.id AS id
