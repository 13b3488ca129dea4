// Incidents in a period, of some types, within a longitude/latitude box, with each person involved and
// the sources of their INVOLVED_IN link (the service keeps only the links in the reader's view). A record
// merged into another stands for the survivor it was merged into, so a merged person is one person.
// This is the input of every hotspot method and of the map.
MATCH (i:Incident)
WHERE i.occurredAt >= $from AND i.occurredAt < $to
  AND ($types IS NULL OR i.incidentType IN $types)
  AND point.withinBBox(i.point,
        point({longitude: $minLongitude, latitude: $minLatitude}),
        point({longitude: $maxLongitude, latitude: $maxLatitude}))
CALL (i) {
  OPTIONAL MATCH (p:Person)-[r:INVOLVED_IN]->(i)
  OPTIONAL MATCH (p)-[:MERGED_INTO*1..10]->(s:Person) WHERE NOT s:Merged
  WITH p, r, coalesce(s, p) AS person
  RETURN collect(CASE WHEN p IS NULL THEN NULL ELSE {
    person: person.id, child: p:Child OR person:Child, personOfInterest: p:PersonOfInterest OR person:PersonOfInterest,
    sources: coalesce(r.sources, [])} END) AS involved
}
RETURN i.id AS id, i.incidentType AS incidentType, i.occurredAt AS occurredAt,
       i.point.longitude AS longitude, i.point.latitude AS latitude, involved
ORDER BY occurredAt, id
