// The records merged into this one.
MATCH (m:Merged)-[:MERGED_INTO]->(:Person {id: $id})
RETURN m.id AS id
ORDER BY id
