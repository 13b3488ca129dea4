// The submissions an import's lines became, in line order.
MATCH (:Import {id: $id})-[r:IMPORTED]->(s:Submission)
RETURN r.line AS line, r.outcome AS outcome, s.id AS submissionId
ORDER BY line
