// One incident: what, when, where (its point and the place it occurred at), and the people involved, each
// folded into the survivor of any merge, with the role and the sources of each involvement.
MATCH (i:Incident {id: $id})
OPTIONAL MATCH (i)-[o:OCCURRED_AT]->(l:Location)
CALL (i) {
  OPTIONAL MATCH (p:Person)-[r:INVOLVED_IN]->(i)
  OPTIONAL MATCH (p)-[:MERGED_INTO*1..10]->(s:Person) WHERE NOT s:Merged
  WITH p, r, coalesce(s, p) AS person
  WHERE p IS NOT NULL
  RETURN collect({id: person.id, labels: labels(person) + CASE WHEN p:Child THEN ['Child'] ELSE [] END
                    + CASE WHEN p:PersonOfInterest THEN ['PersonOfInterest'] ELSE [] END,
                  properties: properties(person), role: r.role, sources: coalesce(r.sources, [])}) AS people
}
RETURN i.id AS id, i.incidentType AS incidentType, i.occurredAt AS occurredAt, i.summary AS summary,
       i.point.longitude AS longitude, i.point.latitude AS latitude,
       l.id AS placeId, labels(l) AS placeLabels, properties(l) AS placeProperties, coalesce(o.sources, []) AS placeSources,
       people
