// Incidents in a period, of some types, within a longitude/latitude box, with the children and
// persons of interest involved in each. This is the input of every hotspot method and of the map.
MATCH (i:Incident)
WHERE i.occurredAt >= $from AND i.occurredAt < $to
  AND ($types IS NULL OR i.incidentType IN $types)
  AND point.withinBBox(i.point,
        point({longitude: $minLongitude, latitude: $minLatitude}),
        point({longitude: $maxLongitude, latitude: $maxLatitude}))
OPTIONAL MATCH (p:Person)-[:INVOLVED_IN]->(i)
WITH i,
     collect(DISTINCT CASE WHEN p:Child THEN p.id END) AS children,
     collect(DISTINCT CASE WHEN p:PersonOfInterest THEN p.id END) AS personsOfInterest
RETURN i.id AS id, i.incidentType AS incidentType, i.occurredAt AS occurredAt,
       i.point.longitude AS longitude, i.point.latitude AS latitude,
       children, personsOfInterest
ORDER BY occurredAt, id
