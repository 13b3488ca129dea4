// Finishes a batch. First the provenance on each node it mentions, one row per node: which submissions and
// agencies reported it, first and last, and the areas of the cases that mention it (the forum's area and those
// its places lie in). Then what each submitter was told, so that sending the same submission again gets the same
// answer, and the areas each submission's case belongs to, for scoping who may read it.
CYPHER replan=skip
CALL () {
  UNWIND $mentions AS row
  MATCH (n:Entity {id: row.id})
  SET n.sources = coalesce(n.sources, []) + [x IN row.sources WHERE NOT x IN coalesce(n.sources, [])],
      n.agencies = coalesce(n.agencies, []) + [x IN row.agencies WHERE NOT x IN coalesce(n.agencies, [])],
      n.firstReported = CASE WHEN n.firstReported IS NULL OR row.firstReported < n.firstReported THEN row.firstReported ELSE n.firstReported END,
      n.lastReported = CASE WHEN n.lastReported IS NULL OR row.lastReported > n.lastReported THEN row.lastReported ELSE n.lastReported END,
      n.areas = coalesce(n.areas, []) + [a IN row.areas WHERE NOT a IN coalesce(n.areas, [])]
  WITH n, row
  UNWIND row.sources AS submissionId
  MATCH (s:Submission {id: submissionId})
  CREATE (s)-[:MENTIONS]->(n)
}
UNWIND $submissions AS row
MATCH (s:Submission {id: row.id})
SET s.receipt = row.receipt, s.areas = row.areas
