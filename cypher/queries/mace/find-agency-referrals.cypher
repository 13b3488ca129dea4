// Submissions newest first, of one agency or within a member's areas (one whose case lies in no area is in no
// member's view), with their forum and how many taskings have since been raised against what they mention: what
// became of each. Only the reader's taskings count: an agency's own, a member's areas'.
MATCH (s:Submission)
WHERE ($agency IS NULL OR s.agency = $agency)
  AND ($areas IS NULL OR any(a IN coalesce(s.areas, []) WHERE a IN $areas))
WITH s ORDER BY s.submittedAt DESC, s.id SKIP $offset LIMIT $limit
CALL (s) {
  OPTIONAL MATCH (s)-[:MENTIONS]->(:Entity)<-[:TARGETS]-(t:Tasking)
  WHERE ($taskedAgency IS NULL OR t.assignedTo = $taskedAgency)
    AND ($areas IS NULL OR any(a IN coalesce(t.areas, []) WHERE a IN $areas))
  RETURN count(DISTINCT t) AS taskings
}
RETURN s.id AS submissionId, s.submissionRef AS submissionRef, s.agency AS agency, s.submittedAt AS submittedAt,
       s.forumKind AS forumKind, s.forumArea AS forumArea, s.meetingDate AS meetingDate, taskings
ORDER BY submittedAt DESC, submissionId
