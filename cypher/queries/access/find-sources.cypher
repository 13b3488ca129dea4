// The scope of each submission: its agency, the area of the forum it was made to, the areas of its case (the
// forum's and those its places and incidents lie in), and how it was graded. A submission never changes.
UNWIND $ids AS submissionId
MATCH (s:Submission {id: submissionId})
RETURN s.id AS id, s.agency AS agency, s.forumArea AS forumArea, coalesce(s.areas, []) AS areas,
       s.source AS source, s.intelligence AS intelligence, s.handling AS handling, s.conditions AS conditions
