// The submission already received under this agency and reference, if any.
MATCH (s:Submission {key: $key})
RETURN s.id AS id, s.contentHash AS contentHash, s.receipt AS receipt
