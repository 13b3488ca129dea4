package org.linkmap.service.support;

import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every test of the running service starts with: a client for its HTTP API, and an empty graph. */
public abstract class ApiTestSupport {

    @LocalServerPort
    protected int port;

    @Autowired
    protected Driver driver;

    protected LinkmapClient client;

    @BeforeEach
    void connectToAnEmptyGraph() {
        client = new LinkmapClient(port, driver);
        client.clearGraph();
    }
}
