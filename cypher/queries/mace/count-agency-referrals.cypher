// How many submissions find-agency-referrals pages through: those of one agency or within a member's areas.
MATCH (s:Submission)
WHERE ($agency IS NULL OR s.agency = $agency)
  AND ($areas IS NULL OR any(a IN coalesce(s.areas, []) WHERE a IN $areas))
RETURN count(s) AS total
