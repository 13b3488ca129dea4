// Everything that identifies a child: names, aliases, date of birth and agency identifiers, of every person
// marked a child and of every record merged with one.
MATCH (c:Person)
WHERE c:Child OR EXISTS { (c)-[:MERGED_INTO]-(:Child) }
OPTIONAL MATCH (c)-[:HAS_IDENTIFIER]->(i:Identifier)
RETURN c.id AS id, c.name AS name, coalesce(c.aliases, []) AS aliases, c.dob AS dob,
       collect(i.value) AS identifiers
