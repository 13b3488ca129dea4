// The scope of each submission: the areas of its case and the agency that made it. Both are fixed once the
// submission is written, so a reader's view of any fact follows from the ids of the submissions asserting it.
MATCH (s:Submission)
WHERE s.id IN $ids
RETURN s.id AS id, coalesce(s.areas, []) AS areas, s.agency AS agency
