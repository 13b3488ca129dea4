// Spatial and time filters behind the map and the hotspot methods.
CREATE POINT INDEX incident_point IF NOT EXISTS FOR (n:Incident) ON (n.point);
CREATE POINT INDEX location_point IF NOT EXISTS FOR (n:Location) ON (n.point);
CREATE RANGE INDEX incident_occurred_at IF NOT EXISTS FOR (n:Incident) ON (n.occurredAt);
CREATE RANGE INDEX submission_agency IF NOT EXISTS FOR (n:Submission) ON (n.agency);

// One full-text index for the search box: names, aliases, numbers, marks, handles, addresses, postcodes.
// Eventually consistent: a commit hands its changes to Lucene instead of waiting for them, and the search
// waits for the index to catch up before it reads (search/find-by-text), so it still finds what was just sent.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Location|Network|Organisation|Vehicle|Phone|OnlineAccount)
ON EACH [n.name, n.aliasText, n.number, n.vrm, n.handle, n.address, n.postcode]
OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};

// Identity of places and networks: the same name (case-insensitive) near the same point, or the same
// network name and type, is the same node.
CREATE RANGE INDEX location_name_key IF NOT EXISTS FOR (n:Location) ON (n.nameKey);
CREATE RANGE INDEX network_name_key IF NOT EXISTS FOR (n:Network) ON (n.nameKey);
