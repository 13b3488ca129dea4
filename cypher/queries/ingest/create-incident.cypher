// An incident always has its own point (WGS84); OCCURRED_AT joins it to a named location when given.
MATCH (s:Submission {id: $submissionId})
CREATE (i:Entity:Incident {
  id: $newId, incidentType: $incidentType, occurredAt: $occurredAt, summary: $summary,
  point: point({longitude: $longitude, latitude: $latitude}), geocodedFrom: $geocodedFrom
})
WITH s, i
OPTIONAL MATCH (l:Location {id: $locationId})
FOREACH (_ IN CASE WHEN l IS NULL THEN [] ELSE [1] END |
  CREATE (i)-[:OCCURRED_AT {id: $occurredAtLinkId, sources: [s.id], agencies: [s.agency],
    firstReported: s.submittedAt, lastReported: s.submittedAt,
    source: s.source, intelligence: s.intelligence, handling: s.handling}]->(l))
RETURN i.id AS id
