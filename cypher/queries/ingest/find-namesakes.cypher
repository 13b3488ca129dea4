// For each named place, a location already known by the same name within a few metres of the same point; for
// each named network, a network already known by the same name and a compatible type.
CYPHER replan=skip
CALL () {
  UNWIND $places AS row
  CALL (row) {
    MATCH (l:Location {nameKey: row.nameKey})
    USING INDEX l:Location(nameKey)
    WHERE point.distance(l.point, point({longitude: row.longitude, latitude: row.latitude})) <= $radiusMetres
    RETURN l.id AS id
    ORDER BY point.distance(l.point, point({longitude: row.longitude, latitude: row.latitude})), id
    LIMIT 1
  }
  RETURN row.index AS index, id
  UNION ALL
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
}
RETURN index, id
