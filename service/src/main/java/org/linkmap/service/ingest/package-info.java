/**
 * Intake: submissions from agencies and meetings are validated, their entities resolved to the nodes
 * already known, and everything written in one transaction with its provenance.
 */
package org.linkmap.service.ingest;
