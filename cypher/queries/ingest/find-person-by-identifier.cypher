// People already known under any of these agency identifiers (keys such as "LCS:LCS-900001").
MATCH (i:Identifier)<-[:HAS_IDENTIFIER]-(p:Person)
WHERE i.key IN $keys
RETURN DISTINCT p.id AS id
ORDER BY id
