// The children and persons of interest of an area for the weekly risk document: each with their latest
// submissions (newest first, for the latest intelligence in the reader's view), open taskings and disruption, each
// with the areas that hold it. Risk levels are read per reader (what its own sources said) and ordered by the caller.
MATCH (p:Person)
WHERE (p:Child OR p:PersonOfInterest) AND $area IN coalesce(p.areas, [])
CALL (p) {
  OPTIONAL MATCH (s:Submission)-[:MENTIONS]->(p)
  WITH s ORDER BY s.submittedAt DESC LIMIT 10
  RETURN collect({id: s.id, submissionRef: s.submissionRef, agency: s.agency, submittedAt: s.submittedAt,
                  source: s.source, intelligence: s.intelligence, handling: s.handling}) AS submissions
}
CALL (p) {
  OPTIONAL MATCH (t:Tasking)-[:TARGETS]->(p)
  WHERE t.status IN ['OPEN', 'IN_PROGRESS']
  WITH t ORDER BY t.due
  RETURN collect({id: t.id, action: t.action, due: t.due, assignedTo: t.assignedTo, status: t.status, areas: t.areas}) AS taskings
}
CALL (p) {
  OPTIONAL MATCH (d:Disruption)-[:AGAINST]->(p)
  WITH d ORDER BY d.date DESC
  RETURN collect({id: d.id, tactic: d.tactic, date: d.date, outcome: d.outcome, areas: d.areas}) AS disruptions
}
RETURN p.id AS id, labels(p) AS labels, properties(p) AS properties, [s IN submissions WHERE s.id IS NOT NULL] AS submissions,
       [t IN taskings WHERE t.id IS NOT NULL] AS taskings, [d IN disruptions WHERE d.id IS NOT NULL] AS disruptions
ORDER BY id
