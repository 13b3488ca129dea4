// A new person. Roles are labels: a child at risk is :Child, a person of interest :PersonOfInterest.
CREATE (p:Entity:Person {id: $newId})
SET p += $props,
    p.aliases = $aliases,
    p.aliasText = reduce(text = '', a IN $aliases | text + ' ' + a),
    p.nameKeys = $nameKeys
FOREACH (_ IN CASE WHEN $child THEN [1] ELSE [] END | SET p:Child)
FOREACH (_ IN CASE WHEN $poi THEN [1] ELSE [] END | SET p:PersonOfInterest)
FOREACH (ident IN $identifiers |
  MERGE (i:Identifier {key: ident.key})
    ON CREATE SET i.scheme = ident.scheme, i.value = ident.value
  MERGE (p)-[:HAS_IDENTIFIER]->(i))
RETURN p.id AS id
