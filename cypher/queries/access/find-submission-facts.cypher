// What each submission said, as received, with the receipt mapping its refs to the nodes they became.
UNWIND $ids AS submissionId
MATCH (s:Submission {id: submissionId})
RETURN s.id AS id, s.body AS body, s.receipt AS receipt, s.submittedAt AS submittedAt
