// A page of submissions, newest first, optionally of one agency.
MATCH (s:Submission)
WHERE $agency IS NULL OR s.agency = $agency
RETURN s.id AS submissionId, s.submissionRef AS submissionRef, s.agency AS agency, s.submittedAt AS submittedAt
ORDER BY s.submittedAt DESC, s.id
SKIP $offset
LIMIT $limit
