// The people of a problem profile (survivors of any merge), each with the children they are said to exploit and
// the networks they are members of, over their own record and every record merged into it, with the sources of
// each link (the service counts only links in the reader's view).
MATCH (p:Person)
WHERE p.id IN $ids
CALL (p) {
  OPTIONAL MATCH (m:Person)-[:MERGED_INTO*1..10]->(p)
  WITH p, collect(m) AS merged
  RETURN [p] + merged AS records
}
CALL (records) {
  UNWIND records AS record
  MATCH (record)-[e:EXPLOITS]->(c:Person)
  OPTIONAL MATCH (c)-[:MERGED_INTO*1..10]->(cs:Person) WHERE NOT cs:Merged
  RETURN collect({id: coalesce(cs, c).id, sources: coalesce(e.sources, [])}) AS exploits
}
CALL (records) {
  UNWIND records AS record
  MATCH (record)-[r:MEMBER_OF]->(n:Network)
  RETURN collect({id: n.id, sources: coalesce(r.sources, [])}) AS networks
}
RETURN p.id AS id, labels(p) AS labels, properties(p) AS properties, exploits, networks
ORDER BY id
