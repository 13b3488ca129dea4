// Incidents within a longitude/latitude box and a period, for counting the target, buffer and control areas
// of a disruption at a place before and after it; each with its properties, for the reader's view of it.
MATCH (i:Incident)
WHERE i.occurredAt >= $from AND i.occurredAt < $to
  AND ($types IS NULL OR i.incidentType IN $types)
  AND point.withinBBox(i.point,
        point({longitude: $minLongitude, latitude: $minLatitude}),
        point({longitude: $maxLongitude, latitude: $maxLatitude}))
RETURN i.id AS id, labels(i) AS labels, properties(i) AS properties, i.occurredAt AS occurredAt,
       i.point.longitude AS longitude, i.point.latitude AS latitude
