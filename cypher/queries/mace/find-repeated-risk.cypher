// Candidates for the children of the area at repeated risk never on a MACE agenda: the exploitation-related
// incidents involving them within the period (with each involvement's sources), the submissions mentioning them
// within it, and every MACE referral ever mentioning them. The service counts only what is in the reader's view,
// so the totals here only narrow the candidates.
MATCH (c:Child)
WHERE $area IN coalesce(c.areas, [])
CALL (c) {
  OPTIONAL MATCH (c)-[r:INVOLVED_IN]->(i:Incident)
  WHERE i.occurredAt >= $from AND i.occurredAt < $to AND i.incidentType IN $types
  WITH i, r ORDER BY i.occurredAt, i.id
  RETURN collect(i {.id, .incidentType, .occurredAt, labels: labels(i), properties: properties(i),
                    sources: coalesce(r.sources, [])}) AS incidents
}
CALL (c) {
  OPTIONAL MATCH (s:Submission)-[:MENTIONS]->(c)
  WHERE s.submittedAt >= $from AND s.submittedAt < $to
  RETURN collect(DISTINCT s.id) AS submissions
}
CALL (c) {
  OPTIONAL MATCH (r:Submission)-[:MENTIONS]->(c)
  WHERE r.forumKind = 'MACE'
  RETURN collect(DISTINCT r.id) AS maceReferrals
}
WITH c, incidents, submissions, maceReferrals
WHERE size(incidents) >= $threshold OR size(submissions) >= $threshold
RETURN c.id AS id, labels(c) AS labels, properties(c) AS properties, incidents, submissions, maceReferrals
ORDER BY id
