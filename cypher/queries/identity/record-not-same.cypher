// A person judged two records not to be the same: they are not proposed as a match again.
MATCH (a:Person {id: $id}), (b:Person {id: $otherId})
MERGE (a)-[r:NOT_SAME_AS]-(b)
  ON CREATE SET r.recordedBy = $user, r.recordedAt = $at
RETURN count(r) AS recorded
