// Places, optionally only those flagged as locations of concern, most recently flagged first and then by name.
// The service keeps those in the reader's areas.
MATCH (l:Location)
WHERE NOT $concernOnly OR l.concernAt IS NOT NULL
RETURN l.id AS id, labels(l) AS labels, properties(l) AS properties,
       l.point.longitude AS longitude, l.point.latitude AS latitude
ORDER BY l.concernAt DESC, l.name, id
