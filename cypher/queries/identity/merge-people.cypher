// A person confirms that two records are one. Nothing is rewritten: the other record is marked merged and
// points at the survivor, so every source stays where it was and undo is exact.
MATCH (s:Person {id: $survivorId}), (o:Person {id: $otherId})
WHERE NOT s:Merged AND NOT o:Merged
CREATE (m:Merge {id: $mergeId, survivorId: s.id, otherId: o.id, reason: $reason, mergedBy: $user, mergedAt: $at})
CREATE (o)-[:MERGED_INTO {mergeId: $mergeId}]->(s)
SET o:Merged
RETURN m.id AS id
