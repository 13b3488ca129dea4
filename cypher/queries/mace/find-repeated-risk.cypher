// Children of the area at repeated risk who have never been on a MACE agenda: exploitation-related incidents
// involving them, and submissions mentioning them, within the period; no MACE referral ever mentions them.
MATCH (c:Child)
WHERE $area IN coalesce(c.areas, [])
  AND NOT EXISTS { MATCH (r:Submission)-[:MENTIONS]->(c) WHERE r.forumKind = 'MACE' }
CALL (c) {
  OPTIONAL MATCH (c)-[:INVOLVED_IN]->(i:Incident)
  WHERE i.occurredAt >= $from AND i.occurredAt < $to AND i.incidentType IN $types
  WITH i ORDER BY i.occurredAt
  RETURN collect(DISTINCT {id: i.id, incidentType: i.incidentType, occurredAt: i.occurredAt}) AS incidents
}
CALL (c) {
  OPTIONAL MATCH (s:Submission)-[:MENTIONS]->(c)
  WHERE s.submittedAt >= $from AND s.submittedAt < $to
  RETURN count(DISTINCT s) AS submissions
}
WITH c, [i IN incidents WHERE i.id IS NOT NULL] AS incidents, submissions
WHERE size(incidents) >= $threshold OR submissions >= $threshold
RETURN c.id AS id, labels(c) AS labels, properties(c) AS properties, incidents, submissions
ORDER BY size(incidents) + submissions DESC, id
