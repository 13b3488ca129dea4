// A phone is identified by its normalised (E.164) number.
MERGE (n:Phone {number: $number})
  ON CREATE SET n:Entity, n.id = $newId
RETURN n.id AS id
