// Takes the identifiers, then finds the people already known under any of them (keys such as "LCS:LCS-900001").
// Taking them first matters: the unique constraint's lock makes a concurrent submission naming the same
// identifier wait in the MERGE until this one commits, so it then finds the same person. The people are found
// from the nodes claimed rather than by a second seek of the index, which costs three times as much once the
// transaction has written anything.
CYPHER replan=skip
UNWIND $identifiers AS ident
MERGE (i:Identifier {key: ident.key})
  ON CREATE SET i.scheme = ident.scheme, i.value = ident.value
WITH collect(i) AS claimed
UNWIND claimed AS i
MATCH (i)<-[:HAS_IDENTIFIER]-(p:Person)
RETURN i.key AS key, p.id AS id
