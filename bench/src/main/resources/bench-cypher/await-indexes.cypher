// Waits until every index is online (or five minutes pass) before the load is timed.
CALL db.awaitIndexes(300)
