// A page of submissions, newest first, optionally of one agency, within a member's areas (a submission whose
// case lies in no area is not in any member's view).
MATCH (s:Submission)
WHERE ($agency IS NULL OR s.agency = $agency)
  AND ($areas IS NULL OR any(a IN coalesce(s.areas, []) WHERE a IN $areas))
RETURN s.id AS submissionId, s.submissionRef AS submissionRef, s.agency AS agency, s.submittedAt AS submittedAt
ORDER BY s.submittedAt DESC, s.id
SKIP $offset
LIMIT $limit
