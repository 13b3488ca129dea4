// One entity with the properties a network view shows, and the record it was merged into, if any.
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[:MERGED_INTO*1..3]->(survivor:Entity)
  WHERE NOT survivor:Merged
WITH coalesce(survivor, n) AS shown
RETURN shown.id AS id, labels(shown) AS labels, properties(shown) AS properties
