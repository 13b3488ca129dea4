// A meeting of one forum: an area's MACE or operational group on one date.
CREATE (m:Meeting {id: $id, kind: $kind, area: $area, date: $date, createdAt: $createdAt, createdBy: $createdBy})
RETURN m.id AS id, m.kind AS kind, m.area AS area, m.date AS date, m.createdAt AS createdAt, m.createdBy AS createdBy
