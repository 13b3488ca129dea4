// Incidents involving a person (or a network's members) and submissions mentioning them within a period,
// for the effect of a disruption against them.
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (m:Person)-[:MEMBER_OF]->(n)
WITH n, collect(m) + [n] AS subjects
CALL (subjects) {
  UNWIND subjects AS s
  OPTIONAL MATCH (s)-[:INVOLVED_IN]->(i:Incident)
  WHERE i.occurredAt >= $from AND i.occurredAt < $to
  RETURN collect(DISTINCT i) AS incidents
}
CALL (subjects) {
  UNWIND subjects AS s
  OPTIONAL MATCH (x:Submission)-[:MENTIONS]->(s)
  WHERE x.submittedAt >= $from AND x.submittedAt < $to
  RETURN collect(DISTINCT x) AS submissions
}
RETURN [i IN incidents | {at: i.occurredAt, id: i.id, labels: labels(i), properties: properties(i)}] AS incidents,
       [x IN submissions | {at: x.submittedAt, id: x.id}] AS submissions
