// The scope of each submission: its agency, the area of the forum it was made to, and the areas of its case
// (the forum's and those its places and incidents lie in). A submission never changes once written.
UNWIND $ids AS submissionId
MATCH (s:Submission {id: submissionId})
RETURN s.id AS id, s.agency AS agency, s.forumArea AS forumArea, coalesce(s.areas, []) AS areas
