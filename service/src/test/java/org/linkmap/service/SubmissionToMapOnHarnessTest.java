package org.linkmap.service;

import org.linkmap.service.support.HarnessTest;

/** The thin path against the in-process Neo4j harness: runs everywhere. */
@HarnessTest
class SubmissionToMapOnHarnessTest extends SubmissionToMapScenario {
}
