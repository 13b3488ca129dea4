// The steps a path search can take out of each frontier entity: the entity at the other end of each link (its
// survivor, where that record was merged) and the link's type; with $only, just the steps into those entities;
// with $labels, just those into entities of those labels or into one of $ends. For a reader who does not see
// everything ($scoped), also what decides whether the reader may follow the step: the submissions asserting the
// link, and the far entity's sources and point. Nothing else is read or returned, in no order: a search only
// needs to know where it can go, and the few links on the shortest paths are read whole afterwards, by
// network/expand-links-among.
UNWIND $frontier AS nearId
MATCH (near:Entity {id: nearId})
CALL (near) {
  RETURN near AS member
  UNION
  MATCH (near)<-[:MERGED_INTO*1..3]-(member:Merged)
  RETURN member
}
MATCH (member)-[r]-(x:Entity)
WHERE type(r) IN $types AND ($only IS NULL OR x.id IN $only OR x:Merged)
OPTIONAL CALL (x) {
  MATCH (x:Merged)-[:MERGED_INTO*1..3]->(survivor:Entity)
  WHERE NOT survivor:Merged
  RETURN survivor LIMIT 1
}
WITH near, r, coalesce(survivor, x) AS far
WHERE far <> near AND ($only IS NULL OR far.id IN $only)
  AND ($labels IS NULL OR far.id IN $ends OR any(label IN labels(far) WHERE label IN $labels))
RETURN near.id AS nearId, far.id AS farId, type(r) AS type,
       CASE WHEN $scoped THEN r.sources END AS sources, CASE WHEN $scoped THEN far {.sources, .point} END AS farProperties
