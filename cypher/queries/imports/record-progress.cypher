// An import's counts so far, committed with the batch they describe, and the submissions its lines
// became (new or already there). A finished import records when it finished, and why if it failed.
CYPHER replan=skip
MATCH (i:Import {id: $id})
SET i.state = $state, i.updatedAt = datetime(),
    i.processed = $processed, i.accepted = $accepted, i.duplicates = $duplicates, i.rejected = $rejected,
    i.errorLines = $errorLines, i.errorMessages = $errorMessages, i.errorsOmitted = $errorsOmitted,
    i.message = $message,
    i.finishedAt = CASE WHEN $state = 'RUNNING' THEN null ELSE datetime() END
WITH i
UNWIND $lines AS line
MATCH (s:Submission {id: line.submissionId})
CREATE (i)-[:IMPORTED {line: line.line, outcome: line.outcome}]->(s)
