// Online accounts are identified by platform and handle, case-insensitively: one row per distinct account.
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:OnlineAccount {account: row.key})
  ON CREATE SET n:Entity, n.id = row.newId, n.platform = row.platform, n.handle = row.handle
RETURN row.key AS key, n.id AS id
