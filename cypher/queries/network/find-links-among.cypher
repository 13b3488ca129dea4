// Every link of the given types between entities of the set, with its provenance.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types
RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type,
       size(r.agencies) AS agencies, r.sources AS sources, r.role AS role, r.kind AS kind,
       r.source AS gradingSource, r.intelligence AS intelligence, r.handling AS handling, r.conditions AS conditions
ORDER BY id
