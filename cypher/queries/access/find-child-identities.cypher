// Everything that identifies a child: names, aliases, date of birth and agency identifiers, of every person
// marked a child and of every record merged with one, with the record each merged one now folds into.
MATCH (c:Person)
WHERE c:Child OR EXISTS { (c)-[:MERGED_INTO]-(:Child) }
OPTIONAL MATCH (c)-[:HAS_IDENTIFIER]->(i:Identifier)
OPTIONAL MATCH (c)-[:MERGED_INTO]->(survivor:Person)
RETURN c.id AS id, c.name AS name, coalesce(c.aliases, []) AS aliases, c.dob AS dob,
       collect(i.value) AS identifiers, head(collect(DISTINCT survivor.id)) AS survivor
