// How many submissions list-submissions pages through.
MATCH (s:Submission)
WHERE ($agency IS NULL OR s.agency = $agency)
  AND ($areas IS NULL OR any(a IN coalesce(s.areas, []) WHERE a IN $areas))
RETURN count(s) AS total
