// Waits until every index is online, or $seconds have passed, so the service answers only once queries can use them.
CALL db.awaitIndexes($seconds)
