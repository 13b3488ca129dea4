package org.linkmap.service.network.export;

import java.util.List;
import java.util.function.UnaryOperator;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.network.Link;
import org.linkmap.service.network.NetworkView;

/**
 * GraphML (graphml.graphdrawing.org) as NetworkX's {@code read_graphml}, Gephi and yEd read it: a directed graph
 * (links keep the direction they were reported in; an inferred link runs from the smaller id), with node
 * attributes {@code kind}, {@code label}, {@code child}, {@code restricted} and link attributes {@code type},
 * {@code agencies} (count), {@code agencyCodes}, {@code grading} ("2B P"), {@code firstReported},
 * {@code lastReported}, {@code inferred} and {@code sources}.
 */
public final class GraphmlWriter {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private record Key(String id, String domain, String type) {
    }

    private static final List<Key> KEYS = List.of(new Key("kind", "node", "string"), new Key("label", "node", "string"),
            new Key("child", "node", "boolean"), new Key("restricted", "node", "boolean"),
            new Key("type", "edge", "string"), new Key("agencies", "edge", "int"), new Key("agencyCodes", "edge", "string"),
            new Key("grading", "edge", "string"), new Key("firstReported", "edge", "string"),
            new Key("lastReported", "edge", "string"), new Key("inferred", "edge", "boolean"), new Key("sources", "edge", "string"));

    private GraphmlWriter() {
    }

    public static byte[] write(NetworkView network, UnaryOperator<String> text) {
        return Xml.document(xml -> {
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            for (Key key : KEYS) {
                xml.writeEmptyElement("key");
                xml.writeAttribute("id", key.id());
                xml.writeAttribute("for", key.domain());
                xml.writeAttribute("attr.name", key.id());
                xml.writeAttribute("attr.type", key.type());
            }
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "linkmap");
            xml.writeAttribute("edgedefault", "directed");
            for (NodeSummary node : network.nodes()) {
                node(xml, node, text);
            }
            for (Link link : network.edges()) {
                edge(xml, link);
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private static void node(XMLStreamWriter xml, NodeSummary node, UnaryOperator<String> text) throws XMLStreamException {
        xml.writeStartElement("node");
        xml.writeAttribute("id", node.id());
        data(xml, "kind", String.valueOf(node.kind()));
        data(xml, "label", text.apply(node.label()));
        data(xml, "child", String.valueOf(Boolean.TRUE.equals(node.child())));
        data(xml, "restricted", String.valueOf(Boolean.TRUE.equals(node.restricted())));
        xml.writeEndElement();
    }

    private static void edge(XMLStreamWriter xml, Link link) throws XMLStreamException {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", link.id());
        xml.writeAttribute("source", link.source());
        xml.writeAttribute("target", link.target());
        data(xml, "type", link.type());
        data(xml, "agencies", String.valueOf(link.agencies()));
        data(xml, "agencyCodes", String.join(" ", link.agencyCodes()));
        data(xml, "grading", link.grading() == null ? "" : link.grading().code());
        data(xml, "firstReported", link.firstReported() == null ? "" : link.firstReported().toString());
        data(xml, "lastReported", link.lastReported() == null ? "" : link.lastReported().toString());
        data(xml, "inferred", String.valueOf(link.inferred()));
        data(xml, "sources", String.join(" ", link.sources()));
        xml.writeEndElement();
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(Xml.clean(value));
        xml.writeEndElement();
    }
}
