// The provenance root of everything one submission asserts.
MERGE (a:Agency {code: $agency})
  ON CREATE SET a.name = $agency
CREATE (s:Submission {
  id: $id, key: $key, submissionRef: $submissionRef, agency: $agency,
  submittedBy: $submittedBy, submittedAt: $submittedAt, receivedAt: datetime(),
  forumKind: $forumKind, forumArea: $forumArea, meetingDate: $meetingDate,
  source: $source, intelligence: $intelligence, handling: $handling, conditions: $conditions,
  narrative: $narrative, contentHash: $contentHash, body: $body
})
CREATE (s)-[:SUBMITTED_BY]->(a)
