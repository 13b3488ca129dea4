// Persons of interest of the area with links first reported within the period (since the last meeting).
MATCH (p:PersonOfInterest)-[r]-(:Entity)
WHERE $area IN coalesce(p.areas, []) AND r.firstReported >= $since AND r.firstReported < $until
WITH p, count(DISTINCT r) AS newLinks, min(r.firstReported) AS firstLinked
RETURN p.id AS id, labels(p) AS labels, properties(p) AS properties, newLinks, firstLinked
ORDER BY newLinks DESC, firstLinked, id
LIMIT $limit
