// One meeting by id.
MATCH (m:Meeting {id: $id})
RETURN m.id AS id, m.kind AS kind, m.area AS area, m.date AS date, m.createdAt AS createdAt, m.createdBy AS createdBy
