// For each named network, a network already known by the same name and a compatible type.
CYPHER replan=skip
UNWIND $networks AS row
CALL (row) {
  MATCH (n:Network {nameKey: row.nameKey})
  USING INDEX n:Network(nameKey)
  WHERE n.networkType = row.networkType OR row.networkType IS NULL OR n.networkType IS NULL
  RETURN n.id AS id
  ORDER BY id
  LIMIT 1
}
RETURN row.index AS index, id
