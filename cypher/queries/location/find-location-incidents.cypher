// The incidents that occurred at a place, oldest first, with the sources of each OCCURRED_AT link.
MATCH (i:Incident)-[r:OCCURRED_AT]->(:Location {id: $id})
RETURN i.id AS id, i.incidentType AS incidentType, i.occurredAt AS occurredAt, coalesce(r.sources, []) AS sources
ORDER BY occurredAt, id
