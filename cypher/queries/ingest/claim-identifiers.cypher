// Takes the identifiers, then finds the people already known under any of them (keys such as "LCS:LCS-900001").
// Taking them first matters: the unique constraint's lock makes a concurrent submission naming the same
// identifier wait in the MERGE until this one commits, so it then finds the same person.
CYPHER replan=skip
CALL () {
  UNWIND $identifiers AS ident
  MERGE (i:Identifier {key: ident.key})
    ON CREATE SET i.scheme = ident.scheme, i.value = ident.value
  RETURN count(i) AS claimed
}
MATCH (i:Identifier)<-[:HAS_IDENTIFIER]-(p:Person)
USING INDEX i:Identifier(key)
WHERE i.key IN [ident IN $identifiers | ident.key]
RETURN i.key AS key, p.id AS id
