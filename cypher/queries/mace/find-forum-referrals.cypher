// Referrals made to one forum (kind and area), with the children each mentions. Which meeting each goes to
// is decided from submittedAt and the meeting it names, by the five-day cut-off.
MATCH (s:Submission)
WHERE s.forumKind = $kind AND s.forumArea = $area
CALL (s) {
  OPTIONAL MATCH (s)-[:MENTIONS]->(c:Child)
  RETURN collect({id: c.id, labels: labels(c), properties: properties(c)}) AS children
}
RETURN s.id AS submissionId, s.submissionRef AS submissionRef, s.agency AS agency, s.submittedAt AS submittedAt,
       s.meetingDate AS meetingDate, [c IN children WHERE c.id IS NOT NULL] AS children
ORDER BY s.submittedAt, s.id
