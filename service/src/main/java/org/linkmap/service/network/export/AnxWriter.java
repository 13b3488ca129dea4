package org.linkmap.service.network.export;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.linkmap.model.EntityKind;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.network.Link;
import org.linkmap.service.network.NetworkView;

/**
 * i2 Analyst's Notebook's chart exchange format (ANX): a {@code Chart} (ids referenced by identity, not by
 * position) with an {@code AttributeClassCollection}, a {@code StrengthCollection}, the entity types (one icon
 * per kind) and link types used, and a {@code ChartItemCollection} holding one {@code ChartItem} per entity
 * ({@code End/Entity/Icon/IconStyle}) and per link ({@code Link End1Id End2Id} with its {@code LinkStyle}),
 * each with its {@code AttributeCollection}. Link strength shows grading: solid for intelligence A or B,
 * dashed for C to E, dotted for inferred links. Entities are placed on a grid; Analyst's Notebook lays them
 * out again on request. Links are dated by when they were first reported (UTC).
 */
public final class AnxWriter {

    private static final DateTimeFormatter I2_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final String[][] ATTRIBUTES = {{"Kind", "AttText"}, {"Agencies", "AttNumber"}, {"Agency codes", "AttText"},
            {"Grading", "AttText"}, {"First reported", "AttText"}, {"Last reported", "AttText"}, {"Sources", "AttText"},
            {"Handling conditions", "AttText"}, {"Inferred", "AttFlag"}};
    private static final String[][] STRENGTHS = {{"Reported", "DotStyleSolid"}, {"Low grading", "DotStyleDashed"},
            {"Inferred", "DotStyleDotted"}};

    private AnxWriter() {
    }

    /** The i2 icon type drawn for each kind of node. */
    static String icon(EntityKind kind) {
        if (kind == null) {
            return "Anon";
        }
        return switch (kind) {
            case PERSON -> "Person";
            case LOCATION -> "Location";
            case NETWORK -> "Group";
            case ORGANISATION -> "Organisation";
            case VEHICLE -> "Vehicle";
            case PHONE -> "Telephone";
            case ONLINE_ACCOUNT -> "Internet Account";
            case INCIDENT -> "Event";
        };
    }

    public static byte[] write(NetworkView network, UnaryOperator<String> text) {
        return Xml.document(xml -> {
            xml.writeStartElement("Chart");
            xml.writeAttribute("IdReferenceLinking", "false");
            xml.writeAttribute("Rigorous", "true");
            attributeClasses(xml);
            strengths(xml);
            types(xml, network);
            xml.writeStartElement("ChartItemCollection");
            int i = 0;
            for (NodeSummary node : network.nodes()) {
                entity(xml, node, text, i++);
            }
            for (Link link : network.edges()) {
                link(xml, link, text);
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private static void attributeClasses(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("AttributeClassCollection");
        for (String[] attribute : ATTRIBUTES) {
            xml.writeEmptyElement("AttributeClass");
            xml.writeAttribute("Name", attribute[0]);
            xml.writeAttribute("Type", attribute[1]);
            xml.writeAttribute("ShowValue", "true");
            xml.writeAttribute("Visible", "true");
        }
        xml.writeEndElement();
    }

    private static void strengths(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("StrengthCollection");
        for (String[] strength : STRENGTHS) {
            xml.writeEmptyElement("Strength");
            xml.writeAttribute("Id", strength[0]);
            xml.writeAttribute("Name", strength[0]);
            xml.writeAttribute("DotStyle", strength[1]);
        }
        xml.writeEndElement();
    }

    private static void types(XMLStreamWriter xml, NetworkView network) throws XMLStreamException {
        Set<String> icons = new LinkedHashSet<>();
        network.nodes().forEach(n -> icons.add(icon(n.kind())));
        xml.writeStartElement("EntityTypeCollection");
        for (String icon : icons) {
            xml.writeEmptyElement("EntityType");
            xml.writeAttribute("Name", icon);
            xml.writeAttribute("IconFile", icon);
        }
        xml.writeEndElement();
        Set<String> linkTypes = new LinkedHashSet<>();
        network.edges().forEach(l -> linkTypes.add(l.type()));
        xml.writeStartElement("LinkTypeCollection");
        for (String type : linkTypes) {
            xml.writeEmptyElement("LinkType");
            xml.writeAttribute("Name", type);
        }
        xml.writeEndElement();
    }

    private static void entity(XMLStreamWriter xml, NodeSummary node, UnaryOperator<String> text, int index)
            throws XMLStreamException {
        int x = (index % 20) * 120;
        int y = (index / 20) * 120;
        xml.writeStartElement("ChartItem");
        xml.writeAttribute("Label", Xml.clean(text.apply(node.label())));
        xml.writeAttribute("XPosition", String.valueOf(x));
        xml.writeStartElement("End");
        xml.writeAttribute("X", String.valueOf(x));
        xml.writeAttribute("Y", String.valueOf(y));
        xml.writeStartElement("Entity");
        xml.writeAttribute("EntityId", node.id());
        xml.writeAttribute("Identity", node.id());
        xml.writeAttribute("LabelIsIdentity", "false");
        xml.writeStartElement("Icon");
        xml.writeEmptyElement("IconStyle");
        xml.writeAttribute("Type", icon(node.kind()));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        attributes(xml, Map.of("Kind", String.valueOf(node.kind())));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, Link link, UnaryOperator<String> text) throws XMLStreamException {
        xml.writeStartElement("ChartItem");
        xml.writeAttribute("Label", link.type());
        if (link.firstReported() != null) {
            xml.writeAttribute("DateTime", I2_TIME.format(link.firstReported().withOffsetSameInstant(ZoneOffset.UTC)));
            xml.writeAttribute("DateSet", "true");
            xml.writeAttribute("TimeSet", "true");
        }
        xml.writeStartElement("Link");
        xml.writeAttribute("End1Id", link.source());
        xml.writeAttribute("End2Id", link.target());
        xml.writeEmptyElement("LinkStyle");
        xml.writeAttribute("Type", link.type());
        xml.writeAttribute("Strength", strength(link));
        xml.writeAttribute("ArrowStyle", link.inferred() ? "ArrowNone" : "ArrowOnHead");
        xml.writeAttribute("MlStyle", "MultiplicityMultiple");
        xml.writeEndElement();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Agencies", String.valueOf(link.agencies()));
        values.put("Agency codes", String.join(" ", link.agencyCodes()));
        values.put("Grading", link.grading() == null ? "" : link.grading().code());
        values.put("First reported", link.firstReported() == null ? "" : link.firstReported().toString());
        values.put("Last reported", link.lastReported() == null ? "" : link.lastReported().toString());
        values.put("Sources", String.join(" ", link.sources()));
        values.put("Handling conditions", link.grading() == null ? "" : text.apply(String.join("; ", link.grading().conditions())));
        values.put("Inferred", String.valueOf(link.inferred()));
        attributes(xml, values);
        xml.writeEndElement();
    }

    private static String strength(Link link) {
        if (link.inferred()) {
            return "Inferred";
        }
        return link.grading() != null && link.grading().intelligence().compareTo("B") <= 0 ? "Reported" : "Low grading";
    }

    private static void attributes(XMLStreamWriter xml, Map<String, String> values) throws XMLStreamException {
        xml.writeStartElement("AttributeCollection");
        for (Map.Entry<String, String> value : values.entrySet()) {
            if (value.getValue().isEmpty()) {
                continue;
            }
            xml.writeEmptyElement("Attribute");
            xml.writeAttribute("AttributeClass", value.getKey());
            xml.writeAttribute("Value", Xml.clean(value.getValue()));
        }
        xml.writeEndElement();
    }
}
