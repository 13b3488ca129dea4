// A location already known by the same name within a few metres of the same point.
MATCH (l:Location {nameKey: $nameKey})
WHERE point.distance(l.point, point({longitude: $longitude, latitude: $latitude})) <= $radiusMetres
RETURN l.id AS id
ORDER BY point.distance(l.point, point({longitude: $longitude, latitude: $latitude})), id
LIMIT 1
