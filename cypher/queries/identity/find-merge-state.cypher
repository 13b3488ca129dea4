// Whether two people exist, and whether either is already merged.
MATCH (p:Person)
WHERE p.id IN [$id, $otherId]
RETURN p.id AS id, p:Merged AS merged
