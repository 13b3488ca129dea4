// A submission as it was received, with the agency that sent it and the scope of its case.
MATCH (s:Submission {id: $id})
RETURN s.agency AS agency, s.body AS body, s.receipt AS receipt, coalesce(s.areas, []) AS areas, s.forumArea AS forumArea
