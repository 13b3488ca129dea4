// The submissions of a problem profile's period whose case lies in its area, each with the people it mentions
// (folded into the survivor of any merge).
MATCH (s:Submission)
WHERE s.submittedAt >= $from AND s.submittedAt < $to AND $area IN coalesce(s.areas, [])
CALL (s) {
  OPTIONAL MATCH (s)-[:MENTIONS]->(p:Person)
  OPTIONAL MATCH (p)-[:MERGED_INTO*1..10]->(m:Person) WHERE NOT m:Merged
  RETURN collect(DISTINCT coalesce(m, p).id) AS people
}
RETURN s.id AS id, people
ORDER BY s.submittedAt, id
