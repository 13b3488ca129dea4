// The submissions already received under these keys ("AGENCY|submissionRef"), if any.
CYPHER replan=skip
UNWIND $keys AS key
MATCH (s:Submission {key: key})
RETURN s.key AS key, s.id AS id, s.contentHash AS contentHash, s.receipt AS receipt
