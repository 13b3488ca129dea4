// The people involved in the incidents of a period, per incident, each folded into the survivor of any merge
// so that a merged person is one person, with the sources of the INVOLVED_IN link (the service keeps only the
// links in the reader's view). Only incidents with people come back: most have none.
MATCH (p:Person)-[r:INVOLVED_IN]->(i:Incident)
WHERE i.occurredAt >= $from AND i.occurredAt < $to
OPTIONAL MATCH (p)-[:MERGED_INTO*1..10]->(s:Person) WHERE NOT s:Merged
WITH i, p, r, coalesce(s, p) AS person
RETURN i.id AS id, collect({
  person: person.id, child: p:Child OR person:Child, personOfInterest: p:PersonOfInterest OR person:PersonOfInterest,
  sources: coalesce(r.sources, [])}) AS involved
