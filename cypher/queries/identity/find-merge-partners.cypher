// The records joined to any of these by a confirmed merge, in either direction: one person's other records.
MATCH (a:Person)-[:MERGED_INTO]-(b:Person)
WHERE a.id IN $ids
RETURN DISTINCT b.id AS id
ORDER BY id
