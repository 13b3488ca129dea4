// The provenance roots of everything a batch of submissions asserts, each joined to its agency.
CYPHER replan=skip
UNWIND $submissions AS row
MERGE (a:Agency {code: row.agency})
  ON CREATE SET a.name = row.agency
CREATE (s:Submission)
SET s += row.properties, s.receivedAt = datetime()
CREATE (s)-[:SUBMITTED_BY]->(a)
