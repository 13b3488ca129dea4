// An online account is identified by platform and handle, case-insensitively.
MERGE (n:OnlineAccount {account: $account})
  ON CREATE SET n:Entity, n.id = $newId, n.platform = $platform, n.handle = $handle
RETURN n.id AS id
