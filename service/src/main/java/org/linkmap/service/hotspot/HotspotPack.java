package org.linkmap.service.hotspot;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.UnaryOperator;

import org.linkmap.geo.crs.GridTransform;
import org.locationtech.jts.geom.Geometry;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The meeting pack as a PDF (A4 landscape): the protective marking at the head and foot of every page; a first
 * page with how the map was made (method, parameters, period, area, types, when and by whom) and the map itself;
 * then the ranked hotspots with their counts and trends; then who and what is linked to the leading hotspots.
 * Every string written passes through the reader's redaction first, so a child appears only as the role allows.
 */
final class HotspotPack {

    record Row(Hotspot hotspot, HotspotTrend trend) {
    }

    record Linked(int rank, List<String> children, List<String> personsOfInterest, List<String> networks, List<String> places) {
    }

    /** What the pack says; {@code about} is label-value pairs. */
    record Content(String marking, List<String[]> about, List<Row> rows, int hotspotCount, List<Linked> linked,
                   List<Geometry> districts, List<Hotspot> hotspots) {
    }

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 8);
    private static final Font BOLD = new Font(Font.HELVETICA, 8, Font.BOLD);

    private HotspotPack() {
    }

    static byte[] render(Content content, GridTransform grid, UnaryOperator<String> text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        BaseFont font = builtIn(BaseFont.HELVETICA);
        BaseFont bold = builtIn(BaseFont.HELVETICA_BOLD);
        writer.setPageEvent(new Marking(text.apply(content.marking()), bold, font));
        document.addTitle(text.apply("Hotspot meeting pack"));
        document.open();
        document.add(new Paragraph(text.apply("Hotspot meeting pack"), TITLE));
        document.add(about(content.about(), text));
        float mapTop = writer.getVerticalPosition(true) - 8;
        new PackMap(grid, 36, 48, document.getPageSize().getWidth() - 72, mapTop - 48)
                .draw(writer.getDirectContent(), content.districts(), content.hotspots(), font);
        document.newPage();
        document.add(new Paragraph(text.apply("Ranked hotspots (" + content.rows().size() + " of " + content.hotspotCount() + ")"), HEADING));
        document.add(ranking(content.rows(), text));
        if (!content.linked().isEmpty()) {
            document.newPage();
            document.add(new Paragraph(text.apply("Who and what is linked to the leading hotspots"), HEADING));
            document.add(linked(content.linked(), text));
        }
        document.close();
        return out.toByteArray();
    }

    /** One of the fonts every PDF reader has, so nothing is embedded. */
    private static BaseFont builtIn(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.WINANSI, false);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static PdfPTable about(List<String[]> pairs, UnaryOperator<String> text) {
        PdfPTable table = new PdfPTable(new float[] {1, 5});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        for (String[] pair : pairs) {
            table.addCell(cell(text.apply(pair[0]), BOLD, false));
            table.addCell(cell(text.apply(pair[1]), BODY, false));
        }
        return table;
    }

    private static PdfPTable ranking(List<Row> rows, UnaryOperator<String> text) {
        String[] head = {"Rank", "Incidents", "Children", "Persons of interest", "Score", "First seen", "Last seen",
                "This period", "Previous period", "Change"};
        PdfPTable table = new PdfPTable(head.length);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        for (String h : head) {
            table.addCell(cell(text.apply(h), BOLD, true));
        }
        for (Row row : rows) {
            Hotspot h = row.hotspot();
            HotspotTrend t = row.trend();
            String change = (t.change() > 0 ? "+" : "") + t.change() + (t.changePercent() == null ? "" : " (" + t.changePercent() + "%)");
            for (String value : new String[] {String.valueOf(h.rank()), String.valueOf(h.incidentCount()), String.valueOf(h.childCount()),
                    String.valueOf(h.personOfInterestCount()), String.valueOf(h.score()), h.firstSeen().toLocalDate().toString(),
                    h.lastSeen().toLocalDate().toString(), t.from() + " to " + t.to() + ": " + t.current(),
                    t.previousFrom() + " to " + t.previousTo() + ": " + t.previous(), change}) {
                table.addCell(cell(text.apply(value), BODY, false));
            }
        }
        return table;
    }

    private static PdfPTable linked(List<Linked> linked, UnaryOperator<String> text) {
        PdfPTable table = new PdfPTable(new float[] {0.5f, 2, 2, 2, 2});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setHeaderRows(1);
        for (String h : new String[] {"Rank", "Children", "Persons of interest", "Networks", "Places"}) {
            table.addCell(cell(text.apply(h), BOLD, true));
        }
        for (Linked l : linked) {
            table.addCell(cell(String.valueOf(l.rank()), BODY, false));
            for (List<String> names : List.of(l.children(), l.personsOfInterest(), l.networks(), l.places())) {
                table.addCell(cell(names.isEmpty() ? "-" : String.join("; ", names.stream().map(text).toList()), BODY, false));
            }
        }
        return table;
    }

    private static PdfPCell cell(String value, Font font, boolean header) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setPadding(3);
        if (header) {
            cell.setBackgroundColor(new Color(230, 230, 230));
        }
        return cell;
    }

    /** The protective marking, centred at the head and foot of every page, and the page number. */
    private static final class Marking extends PdfPageEventHelper {
        private final String marking;
        private final BaseFont bold;
        private final BaseFont font;

        Marking(String marking, BaseFont bold, BaseFont font) {
            this.marking = marking;
            this.bold = bold;
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float middle = document.getPageSize().getWidth() / 2;
            canvas.beginText();
            canvas.setColorFill(Color.BLACK);
            canvas.setFontAndSize(bold, 11);
            canvas.showTextAligned(Element.ALIGN_CENTER, marking, middle, document.getPageSize().getHeight() - 28, 0);
            canvas.showTextAligned(Element.ALIGN_CENTER, marking, middle, 20, 0);
            canvas.setFontAndSize(font, 7);
            canvas.showTextAligned(Element.ALIGN_RIGHT, "Page " + writer.getPageNumber(), document.getPageSize().getWidth() - 36, 20, 0);
            canvas.endText();
        }
    }
}
