// The networks the people of a hotspot's incidents belong to.
MATCH (i:Incident)<-[:INVOLVED_IN]-(:Person)-[:MEMBER_OF]->(n:Network)
WHERE i.id IN $incidentIds
RETURN DISTINCT n.id AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id
