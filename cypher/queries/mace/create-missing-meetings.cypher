// Of the listed meetings (distinct forum and date each), those not already there, created at once: how many.
UNWIND $meetings AS m
OPTIONAL MATCH (existing:Meeting {kind: m.kind, area: m.area, date: m.date})
WITH m, existing
WHERE existing IS NULL
CREATE (:Meeting {id: m.id, kind: m.kind, area: m.area, date: m.date, createdAt: $createdAt, createdBy: $createdBy})
RETURN count(*) AS created
