// Candidates for the persons of interest of the area newly linked since the last meeting: their links reported
// within the period, each with its sources and when each source was submitted, so the service counts a link only
// when its first source in the reader's view falls within the period.
MATCH (p:PersonOfInterest)-[r]-(:Entity)
WHERE $area IN coalesce(p.areas, []) AND r.lastReported >= $since AND r.firstReported < $until
CALL (r) {
  UNWIND coalesce(r.sources, []) AS sourceId
  MATCH (s:Submission {id: sourceId})
  RETURN collect({id: sourceId, at: s.submittedAt}) AS sources
}
RETURN p.id AS id, labels(p) AS labels, properties(p) AS properties, collect(sources) AS links
ORDER BY id
