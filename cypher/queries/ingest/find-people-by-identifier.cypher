// People already known under any of these agency identifiers (keys such as "LCS:LCS-900001").
CYPHER replan=skip
MATCH (i:Identifier)<-[:HAS_IDENTIFIER]-(p:Person)
USING INDEX i:Identifier(key)
WHERE i.key IN $keys
RETURN i.key AS key, p.id AS id
