// Entities known by an exact identifier: a normalised phone number, registration mark, postcode or handle.
MATCH (n:Entity)
WHERE (n:Phone AND n.number = $phone)
   OR (n:Vehicle AND n.vrm = $vrm)
   OR (n:Location AND n.postcode = $postcode)
   OR (n:OnlineAccount AND n.account ENDS WITH ':' + $handle)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties, 10.0 AS score
LIMIT $limit
