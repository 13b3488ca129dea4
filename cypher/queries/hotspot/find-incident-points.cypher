// Where and when incidents happened, without the people: what the map's markers need. Served by the point
// and time indexes, so a small box reads only its own incidents.
MATCH (i:Incident)
WHERE point.withinBBox(i.point,
        point({longitude: $minLongitude, latitude: $minLatitude}),
        point({longitude: $maxLongitude, latitude: $maxLatitude}))
  AND i.occurredAt >= $from AND i.occurredAt < $to
  AND ($types IS NULL OR i.incidentType IN $types)
RETURN i.id AS id, i.incidentType AS incidentType, i.occurredAt AS occurredAt,
       i.point.longitude AS longitude, i.point.latitude AS latitude
