// One place with everything stored on it (its concern flag included) and its point.
MATCH (l:Location {id: $id})
RETURN l.id AS id, labels(l) AS labels, properties(l) AS properties,
       l.point.longitude AS longitude, l.point.latitude AS latitude
