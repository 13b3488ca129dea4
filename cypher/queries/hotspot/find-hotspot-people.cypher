// The people involved in a hotspot's incidents, each once, with their labels to tell children and
// persons of interest apart.
MATCH (p:Person)-[:INVOLVED_IN]->(i:Incident)
WHERE i.id IN $incidentIds
RETURN DISTINCT p.id AS id, labels(p) AS labels, properties(p) AS properties
ORDER BY id
