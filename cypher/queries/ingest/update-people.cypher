// People already known by an identifier, at most one row per person. The first name reported stays the
// name; another spelling becomes an alias, so no agency's version is lost. Facts already held are kept;
// new ones are added, and so are identifiers it did not have (claimed beforehand).
CYPHER replan=skip
UNWIND $people AS row
MATCH (p:Person {id: row.id})
WITH p, row, [a IN row.aliases + coalesce(row.props.name, []) WHERE a <> p.name] AS reported
WITH p, row, reduce(acc = coalesce(p.aliases, []), a IN reported | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
SET p.aliases = aliases,
    p.aliasText = reduce(text = '', a IN aliases | text + ' ' + a),
    p.nameKeys = reduce(acc = coalesce(p.nameKeys, []), k IN row.nameKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END),
    p.dob = coalesce(p.dob, row.props.dob),
    p.dobYear = coalesce(p.dobYear, row.props.dobYear),
    p.gender = coalesce(p.gender, row.props.gender),
    p.riskLevel = coalesce(row.props.riskLevel, p.riskLevel),
    p.hazards = reduce(acc = coalesce(p.hazards, []), h IN coalesce(row.props.hazards, []) | CASE WHEN h IN acc THEN acc ELSE acc + h END)
FOREACH (_ IN CASE WHEN row.child THEN [1] ELSE [] END | SET p:Child)
FOREACH (_ IN CASE WHEN row.poi THEN [1] ELSE [] END | SET p:PersonOfInterest)
WITH p, row
CALL (p, row) {
  UNWIND row.identifiers AS ident
  MATCH (i:Identifier {key: ident.key})
  CREATE (p)-[:HAS_IDENTIFIER]->(i)
}
