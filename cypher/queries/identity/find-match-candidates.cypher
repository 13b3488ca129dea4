// People who may be the same as this one: a name part that sounds alike, or a phone, vehicle, account or
// address in common. Records already merged, or already judged not the same, are left out.
MATCH (p:Person {id: $id})
MATCH (o:Person)
WHERE o <> p AND NOT o:Merged
  AND (any(k IN coalesce(o.nameKeys, []) WHERE k IN coalesce(p.nameKeys, []))
       OR EXISTS { (p)-[:USES|LIVES_AT]->(:Entity)<-[:USES|LIVES_AT]-(o) })
  AND NOT EXISTS { (p)-[:NOT_SAME_AS]-(o) }
  AND NOT EXISTS { (p)-[:MERGED_INTO]-(o) }
OPTIONAL MATCH (p)-[:USES|LIVES_AT]->(shared:Entity)<-[:USES|LIVES_AT]-(o)
WITH o, collect(DISTINCT shared) AS shared
RETURN o.id AS id, labels(o) AS labels, properties(o) AS properties,
       [s IN shared | toLower(head([l IN labels(s) WHERE l <> 'Entity'])) + ' ' + coalesce(s.number, s.vrm, s.handle, s.address, s.name, '')] AS shared
ORDER BY id
LIMIT $limit
