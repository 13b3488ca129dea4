package org.linkmap.service.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Exports of {@link GraphFixture#standard()} around a, depth 4: seven nodes and seven links, one of them (d-EXPLOITS-e)
 * graded C, so that withholding it also drops e and the hotel, reached only through it.
 */
@HarnessTest
class NetworkExportTest extends ApiTestSupport {

    private GraphFixture graph;

    @BeforeEach
    void buildTheGraph() {
        graph = new GraphFixture(client).standard();
    }

    @Test
    void shouldWriteGraphmlThatAGraphmlReaderLoadsWithEveryAttribute() {
        String xml = export("graphml", "&conditionsMet=true");

        Graph<String, DefaultEdge> read = new DefaultDirectedGraph<>(DefaultEdge.class);
        Map<String, Map<String, Attribute>> nodeAttributes = new java.util.HashMap<>();
        Map<DefaultEdge, Map<String, Attribute>> edgeAttributes = new java.util.HashMap<>();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((p, a) -> nodeAttributes.computeIfAbsent(p.getFirst(), k -> new java.util.HashMap<>()).put(p.getSecond(), a));
        importer.addEdgeAttributeConsumer((p, a) -> edgeAttributes.computeIfAbsent(p.getFirst(), k -> new java.util.HashMap<>()).put(p.getSecond(), a));
        importer.importGraph(read, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(read.vertexSet()).hasSize(7).contains(graph.id("a"), graph.id("hotel"));
        assertThat(read.edgeSet()).hasSize(7);
        assertThat(nodeAttributes.get(graph.id("a")).get("kind").getValue()).isEqualTo("PERSON");
        assertThat(nodeAttributes.get(graph.id("a")).get("label").getValue()).isEqualTo("Alan Fixture");
        DefaultEdge ab = read.getEdge(graph.id("a"), graph.id("b"));
        assertThat(edgeAttributes.get(ab).get("type").getValue()).isEqualTo("ASSOCIATES_WITH");
        assertThat(edgeAttributes.get(ab).get("agencies").getValue()).isEqualTo("2");
        assertThat(edgeAttributes.get(ab).get("agencyCodes").getValue()).isEqualTo("LANCASHIRE_POLICE BLACKPOOL_CSC");
        assertThat(edgeAttributes.get(ab).get("grading").getValue()).isEqualTo("1A P");
        assertThat(edgeAttributes.get(ab).get("firstReported").getValue()).startsWith("2026-01-10");
        assertThat(edgeAttributes.get(ab).get("lastReported").getValue()).startsWith("2026-05-01");
    }

    @Test
    void shouldWriteGraphmlThatNetworkxReads() throws Exception {
        Assumptions.assumeTrue(new File("/usr/bin/python3").canExecute() && python("import networkx") == 0,
                "NetworkX is not installed: apt-get install python3-networkx (skipping the NetworkX read-back)");
        Path file = Files.createTempFile("network", ".graphml");
        Files.writeString(file, export("graphml", "&conditionsMet=true"));

        int status = python("import networkx as nx, sys; g = nx.read_graphml(sys.argv[1]); "
                + "assert g.number_of_nodes() == 7 and g.number_of_edges() == 7, (g.number_of_nodes(), g.number_of_edges()); "
                + "assert {d['kind'] for _, d in g.nodes(data=True)} == {'PERSON', 'PHONE', 'LOCATION'}; "
                + "assert all('grading' in d and 'agencies' in d for *_, d in g.edges(data=True))", file.toString());
        assertThat(status).as("NetworkX read the file with every node, link and attribute").isZero();
    }

    @Test
    void shouldWriteWellFormedAnxWithEveryEntityAndLink() throws Exception {
        String anx = export("anx", "&conditionsMet=true");

        Document chart = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(anx.getBytes(StandardCharsets.UTF_8)));
        assertThat(chart.getDocumentElement().getTagName()).isEqualTo("Chart");
        NodeList entities = chart.getElementsByTagName("Entity");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entities.getLength(); i++) {
            ids.add(((Element) entities.item(i)).getAttribute("EntityId"));
        }
        assertThat(ids).hasSize(7).contains(graph.id("a"), graph.id("p1"), graph.id("hotel"));
        NodeList links = chart.getElementsByTagName("Link");
        assertThat(links.getLength()).isEqualTo(7);
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            assertThat(ids).contains(link.getAttribute("End1Id"), link.getAttribute("End2Id"));
        }
        assertThat(chart.getElementsByTagName("IconStyle").getLength()).isEqualTo(7);
        assertThat(chart.getElementsByTagName("EntityType").getLength()).isEqualTo(3);
        assertThat(anx).contains("AttributeClass=\"Grading\" Value=\"2C C\"");
    }

    @Test
    void shouldWithholdConditionalLinksAndWhatOnlyTheyReached() {
        var reply = client.get("/api/network/" + graph.id("a") + "/export?depth=4&format=csv", "analyst");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.raw()).contains("ASSOCIATES_WITH").doesNotContain("Ella Fixture", "Fixture Hotel", "2C C");
        assertThat(reply.raw().lines().count()).as("header and five links").isEqualTo(6);
        assertThat(reply.contentType()).startsWith("text/csv");
        var nodes = client.get("/api/network/" + graph.id("a") + "/export?depth=4&format=csv&table=nodes", "analyst");
        assertThat(nodes.raw().lines().count()).as("header and five nodes").isEqualTo(6);
    }

    @Test
    void shouldRefuseAnUnknownFormat() {
        var reply = client.get("/api/network/" + graph.id("a") + "/export?format=pdf", "analyst");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("errors").get(0).get("field").asText()).isEqualTo("format");
    }

    private String export(String format, String extra) {
        var reply = client.get("/api/network/" + graph.id("a") + "/export?depth=4&format=" + format + extra, "analyst");
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.raw();
    }

    private static int python(String script, String... args) {
        try {
            String[] command = new String[args.length + 3];
            command[0] = "/usr/bin/python3";
            command[1] = "-c";
            command[2] = script;
            System.arraycopy(args, 0, command, 3, args.length);
            Process process = new ProcessBuilder(command).inheritIO().start();
            return process.waitFor(60, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
