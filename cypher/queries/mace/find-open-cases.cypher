// Candidates for a forum's open cases: children of the area referred to it before, or targeted by an open tasking,
// who have open taskings or new intelligence (submissions mentioning them) since the last meeting. Each comes with
// its open taskings' areas, the new submissions and the earlier referrals, so the service counts only what the
// reader may see (the totals here only narrow the candidates).
MATCH (c:Child)
WHERE $area IN coalesce(c.areas, [])
CALL (c) {
  OPTIONAL MATCH (t:Tasking)-[:TARGETS]->(c)
  WHERE t.status IN ['OPEN', 'IN_PROGRESS']
  RETURN collect(DISTINCT t {.id, areas: coalesce(t.areas, [])}) AS openTaskings
}
CALL (c) {
  OPTIONAL MATCH (s:Submission)-[:MENTIONS]->(c)
  WHERE s.submittedAt >= $since AND s.submittedAt < $until
  RETURN collect(DISTINCT s {.id, at: s.submittedAt}) AS newIntelligence
}
CALL (c) {
  OPTIONAL MATCH (r:Submission)-[:MENTIONS]->(c)
  WHERE r.forumKind = $kind AND r.forumArea = $area AND r.submittedAt < $referredBefore
  RETURN collect(DISTINCT r.id) AS referrals
}
WITH c, openTaskings, newIntelligence, referrals
WHERE (size(referrals) > 0 OR size(openTaskings) > 0) AND (size(openTaskings) > 0 OR size(newIntelligence) > 0)
RETURN c.id AS id, labels(c) AS labels, properties(c) AS properties, openTaskings, newIntelligence, referrals
ORDER BY id
