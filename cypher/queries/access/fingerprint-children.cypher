// A cheap summary that changes whenever what identifies children changes: a new child, a new alias, a date
// of birth learnt, a new identifier, a merge or its undoing, or a different graph altogether.
MATCH (c:Child)
WITH count(c) AS children, sum(size(coalesce(c.aliases, []))) AS aliases, count(c.dob) AS births,
     sum(COUNT { (c)-[:HAS_IDENTIFIER]->() }) AS identifiers, min(c.id) AS first, max(c.id) AS last
RETURN children, aliases, births, identifiers, coalesce(first, '') + coalesce(last, '') AS ends,
       COUNT { ()-[:MERGED_INTO]->() } AS merges
