// Campaigns, latest first: one by id, or those of an area, within a member's areas.
MATCH (c:Campaign)
WHERE ($id IS NULL OR c.id = $id)
  AND ($area IS NULL OR c.area = $area)
  AND ($areas IS NULL OR c.area IN $areas)
RETURN c.id AS id, c.name AS name, c.area AS area, c.from AS from, c.to AS to, c.top AS top,
       c.hotspotQuery AS hotspotQuery, c.assignedTo AS assignedTo, c.createdAt AS createdAt, c.createdBy AS createdBy
ORDER BY c.from DESC, c.id
