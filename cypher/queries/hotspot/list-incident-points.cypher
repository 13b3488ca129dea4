// Every incident's id, type, time and point, oldest first: what the map's in-memory index holds.
MATCH (i:Incident)
RETURN i.id AS id, i.incidentType AS incidentType, i.occurredAt AS occurredAt,
       i.point.longitude AS longitude, i.point.latitude AS latitude
ORDER BY occurredAt, id
