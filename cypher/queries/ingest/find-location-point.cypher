// The point of a location, for an incident placed at it.
MATCH (l:Location {id: $id})
RETURN l.point.longitude AS longitude, l.point.latitude AS latitude
