// A person already known by an identifier. The first name reported stays the name; another spelling
// becomes an alias, so no agency's version is lost. Facts already held are kept; new ones are added.
MATCH (p:Person {id: $id})
WITH p, [a IN $aliases + coalesce($props.name, []) WHERE a <> p.name] AS reported
WITH p, reduce(acc = coalesce(p.aliases, []), a IN reported | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
SET p.aliases = aliases,
    p.aliasText = reduce(text = '', a IN aliases | text + ' ' + a),
    p.nameKeys = reduce(acc = coalesce(p.nameKeys, []), k IN $nameKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END),
    p.dob = coalesce(p.dob, $props.dob),
    p.dobYear = coalesce(p.dobYear, $props.dobYear),
    p.gender = coalesce(p.gender, $props.gender),
    p.riskLevel = coalesce($props.riskLevel, p.riskLevel),
    p.hazards = reduce(acc = coalesce(p.hazards, []), h IN coalesce($props.hazards, []) | CASE WHEN h IN acc THEN acc ELSE acc + h END)
FOREACH (_ IN CASE WHEN $child THEN [1] ELSE [] END | SET p:Child)
FOREACH (_ IN CASE WHEN $poi THEN [1] ELSE [] END | SET p:PersonOfInterest)
FOREACH (ident IN $identifiers |
  MERGE (i:Identifier {key: ident.key})
    ON CREATE SET i.scheme = ident.scheme, i.value = ident.value
  MERGE (p)-[:HAS_IDENTIFIER]->(i))
RETURN p.id AS id
