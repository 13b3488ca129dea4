// How many incidents there are and the period they span: the map starts from the latest year of data.
MATCH (i:Incident)
RETURN count(i) AS count, min(i.occurredAt) AS earliest, max(i.occurredAt) AS latest
