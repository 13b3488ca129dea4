// The meetings that referrals name (forum kind, area and meeting date), for setting up a demonstration.
MATCH (s:Submission)
WHERE s.forumKind IN ['MACE', 'OPERATIONAL_GROUP'] AND s.forumArea IS NOT NULL AND s.meetingDate IS NOT NULL
RETURN DISTINCT s.forumKind AS kind, s.forumArea AS area, s.meetingDate AS date
ORDER BY area, kind, date
