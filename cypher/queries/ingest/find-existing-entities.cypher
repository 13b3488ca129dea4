// The entities submissions name by id, with their labels to tell their kind and, for a location, its point.
CYPHER replan=skip
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, labels(n) AS labels,
       CASE WHEN n:Location THEN n.point.longitude END AS longitude,
       CASE WHEN n:Location THEN n.point.latitude END AS latitude
