// The named places of a hotspot: those its incidents occurred at, and those whose point lies in the box
// around its outline (the service keeps those inside the outline itself). Each with the sources that name it.
CALL () {
  MATCH (i:Incident)-[r:OCCURRED_AT]->(l:Location)
  WHERE i.id IN $incidentIds
  RETURN l, coalesce(r.sources, []) AS sources, true AS atIncident
  UNION ALL
  MATCH (l:Location)
  WHERE point.withinBBox(l.point,
          point({longitude: $minLongitude, latitude: $minLatitude}),
          point({longitude: $maxLongitude, latitude: $maxLatitude}))
  RETURN l, coalesce(l.sources, []) AS sources, false AS atIncident
}
WITH l, collect(sources) AS sources, collect(atIncident) AS at
RETURN l.id AS id, labels(l) AS labels, properties(l) AS properties, sources,
       any(x IN at WHERE x) AS atIncident, l.point.longitude AS longitude, l.point.latitude AS latitude
ORDER BY id
