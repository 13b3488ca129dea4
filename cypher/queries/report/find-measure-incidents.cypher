// Incidents within the period: missing episodes of children with an exploitation flag or a medium or high risk
// level, arrests, and those not placed at a known location (a point only).
MATCH (i:Incident)
WHERE i.occurredAt >= $from AND i.occurredAt < $to
RETURN i.id AS id, labels(i) AS labels, properties(i) AS properties, i.occurredAt AS at, i.incidentType AS incidentType,
       i.incidentType = 'MISSING_EPISODE' AND EXISTS {
         MATCH (c:Child)-[:INVOLVED_IN]->(i)
         WHERE size(coalesce(c.hazards, [])) > 0 OR c.riskLevel IN ['MEDIUM', 'HIGH'] } AS missingWithRisk,
       NOT EXISTS { MATCH (i)-[:OCCURRED_AT]->(:Location) } AS withoutLocation
