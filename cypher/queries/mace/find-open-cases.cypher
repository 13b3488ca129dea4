// Open cases of a forum: children of the area referred to it before, or targeted by an open tasking, who have
// open taskings or new intelligence (submissions mentioning them) since the last meeting.
MATCH (c:Child)
WHERE $area IN coalesce(c.areas, [])
CALL (c) {
  OPTIONAL MATCH (t:Tasking)-[:TARGETS]->(c)
  WHERE t.status IN ['OPEN', 'IN_PROGRESS']
  RETURN count(DISTINCT t) AS openTaskings
}
CALL (c) {
  OPTIONAL MATCH (s:Submission)-[:MENTIONS]->(c)
  WHERE s.submittedAt >= $since AND s.submittedAt < $until
  RETURN count(DISTINCT s) AS newIntelligence, max(s.submittedAt) AS latestIntelligence
}
WITH c, openTaskings, newIntelligence, latestIntelligence,
     EXISTS {
       MATCH (r:Submission)-[:MENTIONS]->(c)
       WHERE r.forumKind = $kind AND r.forumArea = $area AND r.submittedAt < $referredBefore
     } AS referred
WHERE (referred OR openTaskings > 0) AND (openTaskings > 0 OR newIntelligence > 0)
RETURN c.id AS id, labels(c) AS labels, properties(c) AS properties, openTaskings, newIntelligence, latestIntelligence
ORDER BY openTaskings DESC, newIntelligence DESC, id
