// The places some incidents occurred at and the organisations linked to them: those operating the place, and
// those employing someone involved (a taxi firm's driver). Each row carries the sources of every link on the
// way, all of which must be in the reader's view for the incident to count against the business.
CALL () {
  MATCH (i:Incident)-[o:OCCURRED_AT]->(b:Location)
  WHERE i.id IN $incidentIds
  RETURN i.id AS incident, b, [coalesce(o.sources, [])] AS via
  UNION ALL
  MATCH (i:Incident)-[o:OCCURRED_AT]->(:Location)<-[op:OPERATES]-(b:Organisation)
  WHERE i.id IN $incidentIds
  RETURN i.id AS incident, b, [coalesce(o.sources, []), coalesce(op.sources, [])] AS via
  UNION ALL
  MATCH (i:Incident)<-[inv:INVOLVED_IN]-(:Person)-[w:WORKS_FOR]->(b:Organisation)
  WHERE i.id IN $incidentIds
  RETURN i.id AS incident, b, [coalesce(inv.sources, []), coalesce(w.sources, [])] AS via
}
RETURN b.id AS id, labels(b) AS labels, properties(b) AS properties, incident, via
ORDER BY id, incident
