// What each submitter was told, so that sending the same submission again gets the same answer, and the
// areas each submission's case belongs to, for scoping who may read it.
CYPHER replan=skip
UNWIND $submissions AS row
MATCH (s:Submission {id: row.id})
SET s.receipt = row.receipt, s.areas = row.areas
