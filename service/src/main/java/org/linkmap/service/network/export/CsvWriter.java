package org.linkmap.service.network.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.network.Link;
import org.linkmap.service.network.NetworkView;

/**
 * CSV for spreadsheets and for i2's import: {@link #links} has one row per link with both ends (the layout i2's
 * importer reads), {@link #nodes} one row per node. A cell starting with a formula character is defused so a
 * spreadsheet shows it as text.
 */
public final class CsvWriter {

    private static final String[] LINK_COLUMNS = {"link_id", "source_id", "source_kind", "source_label", "type", "target_id",
            "target_kind", "target_label", "agencies", "agency_codes", "grading", "first_reported", "last_reported", "inferred", "sources"};
    private static final String[] NODE_COLUMNS = {"id", "kind", "label", "child", "person_of_interest", "restricted"};

    private CsvWriter() {
    }

    public static byte[] links(NetworkView network, UnaryOperator<String> text) {
        Map<String, NodeSummary> nodes = network.nodes().stream().collect(Collectors.toMap(NodeSummary::id, Function.identity()));
        return print(LINK_COLUMNS, printer -> {
            for (Link link : network.edges()) {
                NodeSummary a = nodes.get(link.source());
                NodeSummary b = nodes.get(link.target());
                printer.printRecord(link.id(), a.id(), a.kind(), cell(text.apply(a.label())), link.type(), b.id(), b.kind(),
                        cell(text.apply(b.label())), link.agencies(), String.join(" ", link.agencyCodes()),
                        link.grading() == null ? "" : link.grading().code(), time(link.firstReported()), time(link.lastReported()),
                        link.inferred(), String.join(" ", link.sources()));
            }
        });
    }

    public static byte[] nodes(NetworkView network, UnaryOperator<String> text) {
        return print(NODE_COLUMNS, printer -> {
            for (NodeSummary node : network.nodes()) {
                printer.printRecord(node.id(), node.kind(), cell(text.apply(node.label())), flag(node.child()),
                        flag(node.personOfInterest()), flag(node.restricted()));
            }
        });
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static byte[] print(String[] header, Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header).get().print(out)) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(String value) {
        String text = value == null ? "" : value;
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String flag(Boolean value) {
        return Boolean.TRUE.equals(value) ? "true" : "false";
    }

    private static String time(java.time.OffsetDateTime at) {
        return at == null ? "" : at.toString();
    }
}
