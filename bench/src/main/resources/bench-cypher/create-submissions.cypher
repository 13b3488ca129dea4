// The plain-driver intake ceiling: submissions with their agency.
UNWIND $rows AS row
MERGE (a:Agency {code: row.agency})
  ON CREATE SET a.name = row.agency
CREATE (s:Submission)
SET s = row.props, s.receivedAt = datetime()
CREATE (s)-[:SUBMITTED_BY]->(a)
