// New locations, networks and organisations, then the batch's incidents, which may occur at one of them: one
// statement, whose second part sees what the first created. Each label comes from the EntityKind enum, never from
// input. Incidents always have their own point (WGS84); OCCURRED_AT joins one to a named location when given,
// carrying the provenance of the submission that reported it, and its handling conditions as a list when it set any.
CYPHER replan=skip
CALL () {
  UNWIND $entities AS row
  CREATE (n:Entity {id: row.id})
  SET n:$(row.label)
  SET n += row.props,
      n.point = CASE WHEN row.longitude IS NULL THEN null ELSE point({longitude: row.longitude, latitude: row.latitude}) END,
      n.geocodedFrom = row.geocodedFrom,
      n.nameKey = row.nameKey
}
CALL () {
  UNWIND $incidents AS row
  CREATE (i:Entity:Incident {
    id: row.id, incidentType: row.incidentType, occurredAt: row.occurredAt, summary: row.summary,
    point: point({longitude: row.longitude, latitude: row.latitude}), geocodedFrom: row.geocodedFrom
  })
  WITH i, row
  OPTIONAL MATCH (l:Location {id: row.locationId})
  FOREACH (_ IN CASE WHEN l IS NULL THEN [] ELSE [1] END |
    CREATE (i)-[:OCCURRED_AT {id: row.linkId, sources: [row.submission.id], agencies: [row.submission.agency],
      firstReported: row.submission.submittedAt, lastReported: row.submission.submittedAt,
      source: row.submission.source, intelligence: row.submission.intelligence, handling: row.submission.handling,
      conditions: row.conditions}]->(l))
}
