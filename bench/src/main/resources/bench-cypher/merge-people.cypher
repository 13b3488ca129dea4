// People by agency identifier: the identifier node is the key; ids are derived from it by the loader.
UNWIND $rows AS row
MERGE (i:Identifier {key: row.key})
  ON CREATE SET i.scheme = row.scheme, i.value = row.value
MERGE (p:Entity:Person {id: row.id})
  ON CREATE SET p.name = row.name, p.aliases = [], p.aliasText = '', p.dob = row.dob, p.dobYear = row.dobYear,
                p.hazards = row.hazards, p.riskLevel = row.riskLevel
MERGE (p)-[:HAS_IDENTIFIER]->(i)
FOREACH (_ IN CASE WHEN row.child THEN [1] ELSE [] END | SET p:Child)
FOREACH (_ IN CASE WHEN row.poi THEN [1] ELSE [] END | SET p:PersonOfInterest)
