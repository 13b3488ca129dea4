// Meetings, latest first, optionally of one area and kind, within a member's areas.
MATCH (m:Meeting)
WHERE ($area IS NULL OR m.area = $area)
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($areas IS NULL OR m.area IN $areas)
RETURN m.id AS id, m.kind AS kind, m.area AS area, m.date AS date, m.createdAt AS createdAt, m.createdBy AS createdBy
ORDER BY m.date DESC, m.area, m.id
