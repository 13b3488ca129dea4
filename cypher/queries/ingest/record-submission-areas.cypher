// The areas a submission's case belongs to, for scoping who may read it.
MATCH (s:Submission {id: $id})
SET s.areas = $areas
