// Every node the service makes has a UUID `id`, unique per label. `Entity` is carried by every
// person, object, location, network and incident so that a node can be found by id alone.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT location_id IF NOT EXISTS FOR (n:Location) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT network_id IF NOT EXISTS FOR (n:Network) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT vehicle_id IF NOT EXISTS FOR (n:Vehicle) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT phone_id IF NOT EXISTS FOR (n:Phone) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT online_account_id IF NOT EXISTS FOR (n:OnlineAccount) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT incident_id IF NOT EXISTS FOR (n:Incident) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT submission_id IF NOT EXISTS FOR (n:Submission) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT import_id IF NOT EXISTS FOR (n:Import) REQUIRE n.id IS UNIQUE;
// The meeting cycle's records and merge decisions are read by id too.
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT tasking_id IF NOT EXISTS FOR (n:Tasking) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT disruption_id IF NOT EXISTS FOR (n:Disruption) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT campaign_id IF NOT EXISTS FOR (n:Campaign) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT placement_id IF NOT EXISTS FOR (n:Placement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT merge_id IF NOT EXISTS FOR (n:Merge) REQUIRE n.id IS UNIQUE;

// Deterministic identity: the same number, mark, account or agency identifier is one node.
CREATE CONSTRAINT phone_number IF NOT EXISTS FOR (n:Phone) REQUIRE n.number IS UNIQUE;
CREATE CONSTRAINT vehicle_vrm IF NOT EXISTS FOR (n:Vehicle) REQUIRE n.vrm IS UNIQUE;
CREATE CONSTRAINT online_account_key IF NOT EXISTS FOR (n:OnlineAccount) REQUIRE n.account IS UNIQUE;
CREATE CONSTRAINT identifier_key IF NOT EXISTS FOR (n:Identifier) REQUIRE n.key IS UNIQUE;

// A submission is unique per agency and reference: `key` is "AGENCY|submissionRef".
CREATE CONSTRAINT submission_key IF NOT EXISTS FOR (n:Submission) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT agency_code IF NOT EXISTS FOR (n:Agency) REQUIRE n.code IS UNIQUE;
// One lock node per forum ("MACE|BLACKPOOL"), taken while its meetings are created.
CREATE CONSTRAINT forum_key IF NOT EXISTS FOR (n:Forum) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT audit_sequence IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.sequence IS UNIQUE;
CREATE CONSTRAINT audit_head_name IF NOT EXISTS FOR (n:AuditHead) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT secret_name IF NOT EXISTS FOR (n:Secret) REQUIRE n.name IS UNIQUE;
