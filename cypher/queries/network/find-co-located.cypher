// People involved in incidents near in space and time to the incidents of each frontier person: within
// $metres of each other (or at the same named location) and within $hours. Each row is one pair of
// involvements, with both involvement links' provenance, for the caller to fold into one inferred link.
UNWIND $frontier AS nearId
MATCH (near:Person {id: nearId})
CALL (near) {
  RETURN near AS member
  UNION
  MATCH (near)<-[:MERGED_INTO*1..3]-(member:Merged)
  RETURN member
}
MATCH (member)-[mine:INVOLVED_IN]->(i:Incident)
CALL (i) {
  MATCH (j:Incident)
  WHERE point.distance(j.point, i.point) <= $metres
    AND j.occurredAt >= i.occurredAt - duration({hours: $hours}) AND j.occurredAt <= i.occurredAt + duration({hours: $hours})
  RETURN j
  UNION
  MATCH (i)-[:OCCURRED_AT]->(:Location)<-[:OCCURRED_AT]-(j:Incident)
  WHERE j.occurredAt >= i.occurredAt - duration({hours: $hours}) AND j.occurredAt <= i.occurredAt + duration({hours: $hours})
  RETURN j
}
MATCH (x:Person)-[theirs:INVOLVED_IN]->(j)
OPTIONAL MATCH (x)-[:MERGED_INTO*1..3]->(survivor:Person)
  WHERE NOT survivor:Merged
WITH near, coalesce(survivor, x) AS far, i, j, mine, theirs
WHERE far <> near
CALL (mine, theirs) {
  UNWIND coalesce(mine.sources, []) + coalesce(theirs.sources, []) AS submissionId
  MATCH (s:Submission {id: submissionId})
  RETURN collect(DISTINCT {submissionId: s.id, agency: s.agency, reported: s.submittedAt,
                  source: s.source, intelligence: s.intelligence, handling: s.handling}) AS provenance
}
RETURN near.id AS nearId, far.id AS farId, labels(far) AS farLabels, properties(far) AS farProperties,
       i.id AS incidentId, i.incidentType AS incidentType, i.occurredAt AS occurredAt,
       j.id AS otherIncidentId, j.incidentType AS otherIncidentType, j.occurredAt AS otherOccurredAt,
       mine.sources AS mineSources, theirs.sources AS theirSources,
       mine.firstReported AS mineFirst, theirs.firstReported AS theirFirst,
       mine.lastReported AS mineLast, theirs.lastReported AS theirLast,
       [mine.source, theirs.source] AS sourceGrades, [mine.intelligence, theirs.intelligence] AS intelligenceGrades,
       [mine.handling, theirs.handling] AS handlings, coalesce(mine.conditions, []) + coalesce(theirs.conditions, []) AS conditions,
       provenance
ORDER BY nearId, farId, incidentId, otherIncidentId
