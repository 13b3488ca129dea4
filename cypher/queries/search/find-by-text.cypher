// Entities whose names, aliases, numbers, marks, handles, addresses or postcodes match the words, tolerating
// spelling (Lucene fuzzy terms), best first. Records merged into another are left out.
// The index is eventually consistent (schema/002-indexes.cypher): wait for what is already committed first.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE NOT node:Merged
RETURN node.id AS id, labels(node) AS labels, properties(node) AS properties, score
LIMIT $limit
