// A network already known by the same name and type.
MATCH (n:Network {nameKey: $nameKey})
WHERE n.networkType = $networkType OR $networkType IS NULL OR n.networkType IS NULL
RETURN n.id AS id
ORDER BY id
LIMIT 1
