// Every meeting of one forum (kind and area), earliest first: referrals roll from one to the next.
MATCH (m:Meeting {kind: $kind, area: $area})
RETURN m.id AS id, m.kind AS kind, m.area AS area, m.date AS date, m.createdAt AS createdAt, m.createdBy AS createdBy
ORDER BY m.date, m.id
