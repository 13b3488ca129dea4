// Takes the identifiers before looking the person up: the unique constraint's lock makes a concurrent
// submission naming the same identifier wait here until this one commits, so it then finds the same person.
CYPHER replan=skip
UNWIND $identifiers AS ident
MERGE (i:Identifier {key: ident.key})
  ON CREATE SET i.scheme = ident.scheme, i.value = ident.value
RETURN count(i) AS claimed
