// Locations and networks by their name key; the label comes from a fixed list in the loader, never from input.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
  ON CREATE SET n:$(row.label), n.name = row.name, n.nameKey = row.nameKey, n.locationType = row.locationType,
                n.networkType = row.networkType,
                n.point = CASE WHEN row.longitude IS NULL THEN null ELSE point({longitude: row.longitude, latitude: row.latitude}) END
