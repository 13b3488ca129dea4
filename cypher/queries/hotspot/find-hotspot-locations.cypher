// The named locations a hotspot's incidents occurred at.
MATCH (i:Incident)-[:OCCURRED_AT]->(l:Location)
WHERE i.id IN $incidentIds
RETURN DISTINCT l.id AS id, labels(l) AS labels, properties(l) AS properties
ORDER BY id
