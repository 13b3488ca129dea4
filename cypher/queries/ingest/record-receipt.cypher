// What the submitter was told, so that sending the same submission again gets the same answer.
MATCH (s:Submission {id: $id})
SET s.receipt = $receipt
