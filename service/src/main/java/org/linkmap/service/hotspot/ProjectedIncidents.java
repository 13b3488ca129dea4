package org.linkmap.service.hotspot;

import java.util.List;

import org.linkmap.geo.crs.GridTransform;
import org.linkmap.geo.density.Lattice;

/** Incidents in British National Grid metres, index for index with the list they came from. */
record ProjectedIncidents(List<IncidentPoint> incidents, double[] x, double[] y) {

    static ProjectedIncidents of(List<IncidentPoint> incidents, GridTransform grid) {
        int n = incidents.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double[] en = grid.toBritishNationalGrid(incidents.get(i).longitude(), incidents.get(i).latitude());
            x[i] = en[0];
            y[i] = en[1];
        }
        return new ProjectedIncidents(incidents, x, y);
    }

    int size() {
        return incidents.size();
    }

    /** The cell of {@code cells} incident {@code i} falls in. */
    int cellOf(Lattice cells, int i) {
        return cells.indexOf(x[i], y[i]);
    }
}
