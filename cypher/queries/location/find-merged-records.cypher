// Every record merged (directly or through a chain) into these survivors, so that a survivor's memberships
// and places include those its merged records brought.
MATCH (m:Person)-[:MERGED_INTO*1..10]->(s:Person)
WHERE s.id IN $ids
RETURN DISTINCT m.id AS id
