// The people linked to some incidents (INVOLVED_IN) and some places (FREQUENTS, LIVES_AT), each folded into
// the survivor of any merge so that a merged person is one row, with every link that ties them in and its
// sources (the service keeps a person only when one of those links is in the reader's view).
CALL () {
  MATCH (p:Person)-[r:INVOLVED_IN]->(i:Incident)
  WHERE i.id IN $incidentIds
  RETURN p, r
  UNION ALL
  MATCH (p:Person)-[r:FREQUENTS|LIVES_AT]->(l:Location)
  WHERE l.id IN $locationIds
  RETURN p, r
}
OPTIONAL MATCH (p)-[:MERGED_INTO*1..10]->(s:Person) WHERE NOT s:Merged
WITH coalesce(s, p) AS person, p, r
RETURN person.id AS id, labels(person) AS labels, properties(person) AS properties,
       collect({record: p.id, child: p:Child, personOfInterest: p:PersonOfInterest, type: type(r),
                sources: coalesce(r.sources, [])}) AS links
ORDER BY id
