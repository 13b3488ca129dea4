UNWIND $rows AS row
CREATE (i:Entity:Incident {id: row.id, incidentType: row.incidentType, occurredAt: row.occurredAt, summary: row.summary,
                           point: point({longitude: row.longitude, latitude: row.latitude})})
