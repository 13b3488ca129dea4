package org.linkmap.service.hotspot;

import java.awt.Color;
import java.util.List;

import org.linkmap.geo.crs.GridTransform;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * The pack's map, drawn as vector shapes straight onto the PDF page (no tiles: the pack must print the same
 * anywhere): district outlines and each hotspot's outline filled by rank and labelled with it, in British National
 * Grid metres so distances are true, framed to the hotspots (or the districts when there are none), with a scale
 * bar and north to the top.
 */
final class PackMap {

    static final Color TOP_THREE = new Color(178, 24, 43);
    static final Color TOP_TEN = new Color(239, 138, 98);
    static final Color OTHERS = new Color(247, 200, 115);

    private final GridTransform grid;
    private final float left;
    private final float bottom;
    private final float width;
    private final float height;
    private double scale;
    private double originX;
    private double originY;

    PackMap(GridTransform grid, float left, float bottom, float width, float height) {
        this.grid = grid;
        this.left = left;
        this.bottom = bottom;
        this.width = width;
        this.height = height;
    }

    static Color colourOf(int rank) {
        return rank <= 3 ? TOP_THREE : rank <= 10 ? TOP_TEN : OTHERS;
    }

    void draw(PdfContentByte canvas, List<Geometry> districts, List<Hotspot> hotspots, BaseFont font) {
        frame(districts, hotspots);
        canvas.saveState();
        canvas.rectangle(left, bottom, width, height);
        canvas.clip();
        canvas.newPath();
        canvas.setColorFill(new Color(244, 241, 234));
        canvas.rectangle(left, bottom, width, height);
        canvas.fill();
        canvas.setColorStroke(new Color(91, 103, 112));
        canvas.setLineWidth(0.6f);
        for (Geometry district : districts) {
            for (int g = 0; g < district.getNumGeometries(); g++) {
                path(canvas, (Polygon) district.getGeometryN(g));
                canvas.stroke();
            }
        }
        for (int k = hotspots.size() - 1; k >= 0; k--) {
            Hotspot h = hotspots.get(k);
            canvas.setColorFill(colourOf(h.rank()));
            canvas.setColorStroke(colourOf(h.rank()).darker());
            path(canvas, HotspotPanel.polygon(h.rings()));
            canvas.fillStroke();
        }
        labels(canvas, hotspots, font);
        canvas.restoreState();
        border(canvas);
        scaleBar(canvas, font);
    }

    /** The box to show, in grid metres: the hotspots with a margin, or all the districts. */
    private void frame(List<Geometry> districts, List<Hotspot> hotspots) {
        Envelope box = new Envelope();
        if (hotspots.isEmpty()) {
            districts.forEach(d -> box.expandToInclude(projected(d.getEnvelopeInternal())));
        } else {
            hotspots.forEach(h -> box.expandToInclude(projected(HotspotPanel.polygon(h.rings()).getEnvelopeInternal())));
            double margin = Math.max(1_000, 0.15 * Math.max(box.getWidth(), box.getHeight()));
            box.expandBy(margin);
        }
        if (box.isNull()) {
            box.expandToInclude(330_000, 430_000);
            box.expandBy(20_000);
        }
        scale = Math.min(width / box.getWidth(), height / box.getHeight());
        originX = box.centre().x - width / scale / 2;
        originY = box.centre().y - height / scale / 2;
    }

    private Envelope projected(Envelope lonLat) {
        double[] a = grid.toBritishNationalGrid(lonLat.getMinX(), lonLat.getMinY());
        double[] b = grid.toBritishNationalGrid(lonLat.getMaxX(), lonLat.getMaxY());
        return new Envelope(a[0], b[0], a[1], b[1]);
    }

    private void path(PdfContentByte canvas, Polygon polygon) {
        ring(canvas, polygon.getExteriorRing().getCoordinates());
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            ring(canvas, polygon.getInteriorRingN(h).getCoordinates());
        }
    }

    private void ring(PdfContentByte canvas, Coordinate[] ring) {
        for (int k = 0; k < ring.length; k++) {
            float[] p = page(ring[k].x, ring[k].y);
            if (k == 0) {
                canvas.moveTo(p[0], p[1]);
            } else {
                canvas.lineTo(p[0], p[1]);
            }
        }
        canvas.closePath();
    }

    /** A WGS84 point (longitude, latitude) on the page, in points. */
    private float[] page(double longitude, double latitude) {
        double[] en = grid.toBritishNationalGrid(longitude, latitude);
        return new float[] {(float) (left + (en[0] - originX) * scale), (float) (bottom + (en[1] - originY) * scale)};
    }

    private void labels(PdfContentByte canvas, List<Hotspot> hotspots, BaseFont font) {
        canvas.beginText();
        canvas.setFontAndSize(font, 7);
        canvas.setColorFill(Color.BLACK);
        for (Hotspot h : hotspots.subList(0, Math.min(25, hotspots.size()))) {
            Coordinate c = HotspotPanel.polygon(h.rings()).getCentroid().getCoordinate();
            float[] p = page(c.x, c.y);
            canvas.showTextAligned(PdfContentByte.ALIGN_CENTER, String.valueOf(h.rank()), p[0], p[1] + 4, 0);
        }
        canvas.endText();
    }

    private void border(PdfContentByte canvas) {
        canvas.setColorStroke(Color.DARK_GRAY);
        canvas.setLineWidth(0.8f);
        canvas.rectangle(left, bottom, width, height);
        canvas.stroke();
    }

    /** A bar of a round number of kilometres (or metres) about a fifth of the map's width. */
    private void scaleBar(PdfContentByte canvas, BaseFont font) {
        double target = width / 5 / scale;
        double[] steps = {100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000};
        double metres = steps[0];
        for (double step : steps) {
            if (step <= target) {
                metres = step;
            }
        }
        float length = (float) (metres * scale);
        float x = left + 10;
        float y = bottom + 10;
        canvas.setColorFill(Color.BLACK);
        canvas.rectangle(x, y, length, 3);
        canvas.fill();
        canvas.beginText();
        canvas.setFontAndSize(font, 7);
        canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, metres >= 1_000 ? (int) (metres / 1_000) + " km" : (int) metres + " m",
                x, y + 6, 0);
        canvas.endText();
    }
}
