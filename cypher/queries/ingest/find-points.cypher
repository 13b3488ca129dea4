// Where each of these nodes lies, for those that have a point.
UNWIND $ids AS nodeId
MATCH (n:Entity {id: nodeId})
WHERE n.point IS NOT NULL
RETURN n.id AS id, n.point.longitude AS longitude, n.point.latitude AS latitude
