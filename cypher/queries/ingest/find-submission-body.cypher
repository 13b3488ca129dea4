// A submission as it was received, with the agency that sent it.
MATCH (s:Submission {id: $id})
RETURN s.agency AS agency, s.body AS body, s.receipt AS receipt, coalesce(s.areas, []) AS areas
