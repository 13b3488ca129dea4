// How many submissions find-agency-referrals pages through: those of one agency or within a member's areas.
MATCH (s:Submission)
WHERE ($agency IS NULL OR s.agency = $agency)
  AND ($areas IS NULL OR size(coalesce(s.areas, [])) = 0 OR any(a IN s.areas WHERE a IN $areas))
RETURN count(s) AS total
