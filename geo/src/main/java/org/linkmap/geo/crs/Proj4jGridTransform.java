package org.linkmap.geo.crs;

import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * {@link GridTransform} with Proj4J, using EPSG:27700's seven-parameter Helmert transformation from
 * OSGB36 to WGS84 ("OSGB36 to WGS 84 (6)", the one PROJ's {@code cs2cs} applies without grids). It agrees
 * with PROJ to millimetres, and like PROJ without Ordnance Survey's OSTN15 grid it is 1 to 5 metres from
 * OSTN15, which is well inside the precision of the incident locations Linkmap maps.
 *
 * <p>Proj4J's transforms keep scratch state, so each thread gets its own pair.
 */
final class Proj4jGridTransform implements GridTransform {

    static final Proj4jGridTransform INSTANCE = new Proj4jGridTransform();

    private final ThreadLocal<CoordinateTransform> toGrid;
    private final ThreadLocal<CoordinateTransform> fromGrid;

    private Proj4jGridTransform() {
        CRSFactory factory = new CRSFactory();
        CoordinateReferenceSystem wgs84 = factory.createFromName("EPSG:4326");
        CoordinateReferenceSystem grid = factory.createFromName("EPSG:27700");
        toGrid = ThreadLocal.withInitial(() -> new BasicCoordinateTransform(wgs84, grid));
        fromGrid = ThreadLocal.withInitial(() -> new BasicCoordinateTransform(grid, wgs84));
    }

    @Override
    public double[] toBritishNationalGrid(double longitude, double latitude) {
        ProjCoordinate out = toGrid.get().transform(new ProjCoordinate(longitude, latitude), new ProjCoordinate());
        return new double[] {out.x, out.y};
    }

    @Override
    public double[] toWgs84(double easting, double northing) {
        ProjCoordinate out = fromGrid.get().transform(new ProjCoordinate(easting, northing), new ProjCoordinate());
        return new double[] {out.x, out.y};
    }
}
