// How many submissions list-submissions pages through.
MATCH (s:Submission)
WHERE $agency IS NULL OR s.agency = $agency
RETURN count(s) AS total
