// A campaign such as an awareness week: an area, a period and the hotspot query that chose its targets.
CREATE (c:Campaign {id: $id, name: $name, area: $area, from: $from, to: $to, top: $top, hotspotQuery: $hotspotQuery,
                    assignedTo: $assignedTo, createdAt: $at, createdBy: $by})
RETURN c.id AS id
