// For records that were merged, the record each was merged into.
MATCH (m:Merged)-[:MERGED_INTO]->(s:Person)
WHERE m.id IN $ids
RETURN m.id AS id, s.id AS survivorId
