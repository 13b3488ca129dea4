// Undoes a merge: both records stand on their own again, each with its own links.
MATCH (m:Merge {id: $mergeId})
WHERE m.undoneAt IS NULL
MATCH (o:Person {id: m.otherId})-[r:MERGED_INTO {mergeId: m.id}]->(:Person {id: m.survivorId})
DELETE r
REMOVE o:Merged
SET m.undoneAt = $at, m.undoneBy = $user
RETURN m.survivorId AS survivorId, m.otherId AS otherId
