// Who made each submission, when, and how it was graded: the provenance of every link it asserts. A
// submission never changes once written.
UNWIND $ids AS submissionId
MATCH (s:Submission {id: submissionId})
RETURN s.id AS submissionId, s.agency AS agency, s.submittedAt AS reported, s.source AS source,
       s.intelligence AS intelligence, s.handling AS handling
