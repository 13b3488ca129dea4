// The incidents of a problem profile's period inside a box around its area, each with the people involved
// (folded into the survivor of any merge, so a merged person is one person) and the sources of each
// involvement, for the service to keep those in the area and in the reader's view.
MATCH (i:Incident)
WHERE i.occurredAt >= $from AND i.occurredAt < $to
  AND point.withinBBox(i.point, point({longitude: $minLongitude, latitude: $minLatitude}),
                       point({longitude: $maxLongitude, latitude: $maxLatitude}))
CALL (i) {
  OPTIONAL MATCH (p:Person)-[r:INVOLVED_IN]->(i)
  OPTIONAL MATCH (p)-[:MERGED_INTO*1..10]->(s:Person) WHERE NOT s:Merged
  RETURN collect({person: coalesce(s, p).id, sources: coalesce(r.sources, [])}) AS involved
}
RETURN i.id AS id, labels(i) AS labels, properties(i) AS properties, i.incidentType AS incidentType,
       [x IN involved WHERE x.person IS NOT NULL] AS involved
ORDER BY i.occurredAt, id
