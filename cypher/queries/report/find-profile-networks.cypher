// Networks of a problem profile with every member (folded into the survivor of any merge), whether the member
// is a child, and the sources of each membership.
MATCH (n:Network)
WHERE n.id IN $ids
CALL (n) {
  OPTIONAL MATCH (p:Person)-[r:MEMBER_OF]->(n)
  OPTIONAL MATCH (p)-[:MERGED_INTO*1..10]->(s:Person) WHERE NOT s:Merged
  RETURN collect({person: coalesce(s, p).id, child: p:Child OR coalesce(s:Child, false), sources: coalesce(r.sources, [])}) AS members
}
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties,
       [m IN members WHERE m.person IS NOT NULL] AS members
ORDER BY id
