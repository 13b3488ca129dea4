// For each named place, a location already known by the same name within a few metres of the same point.
CYPHER replan=skip
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
