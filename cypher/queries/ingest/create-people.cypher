// New people, joined to their identifiers (claimed beforehand). Roles are labels: a child at risk is :Child,
// a person of interest :PersonOfInterest.
CYPHER replan=skip
UNWIND $people AS row
CREATE (p:Entity:Person {id: row.id})
SET p += row.props,
    p.aliases = row.aliases,
    p.aliasText = reduce(text = '', a IN row.aliases | text + ' ' + a),
    p.nameKeys = row.nameKeys
FOREACH (_ IN CASE WHEN row.child THEN [1] ELSE [] END | SET p:Child)
FOREACH (_ IN CASE WHEN row.poi THEN [1] ELSE [] END | SET p:PersonOfInterest)
WITH p, row
CALL (p, row) {
  UNWIND row.identifiers AS ident
  MATCH (i:Identifier {key: ident.key})
  CREATE (p)-[:HAS_IDENTIFIER]->(i)
}
