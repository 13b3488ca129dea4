// The submissions that name a place, newest first.
MATCH (s:Submission)-[:MENTIONS]->(:Location {id: $id})
RETURN DISTINCT s.id AS submissionId, s.submissionRef AS submissionRef, s.agency AS agency, s.submittedAt AS submittedAt
ORDER BY submittedAt DESC, submissionId
