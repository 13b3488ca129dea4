package org.linkmap.service.hotspot;

import java.util.ArrayList;
import java.util.List;

import org.linkmap.geo.crs.GridReference;
import org.linkmap.geo.crs.GridTransform;
import org.linkmap.model.submission.FieldError;
import org.linkmap.service.web.InvalidRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/map/grid-reference?longitude=&latitude=}: the British National Grid reference of a clicked point,
 * as analysts quote it ({@code SD 30775 36286}) and as easting and northing, computed by the same conversion the
 * hotspot methods use, so a reference read off the map matches every other figure the service gives.
 */
@RestController
class GridReferenceController {

    private final GridTransform grid;

    GridReferenceController(GridTransform grid) {
        this.grid = grid;
    }

    record GridPoint(double longitude, double latitude, long easting, long northing, String gridReference) {
    }

    @GetMapping("/api/map/grid-reference")
    GridPoint gridReference(@RequestParam double longitude, @RequestParam double latitude) {
        List<FieldError> errors = new ArrayList<>();
        if (!(longitude >= -10 && longitude <= 4)) {
            errors.add(new FieldError("longitude", "must be between -10 and 4 (Great Britain)"));
        }
        if (!(latitude >= 49 && latitude <= 62)) {
            errors.add(new FieldError("latitude", "must be between 49 and 62 (Great Britain)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        double[] en = grid.toBritishNationalGrid(longitude, latitude);
        try {
            return new GridPoint(longitude, latitude, (long) Math.floor(en[0]), (long) Math.floor(en[1]),
                    GridReference.format(en[0], en[1]));
        } catch (IllegalArgumentException offGrid) {
            throw new InvalidRequest("longitude", offGrid.getMessage());
        }
    }
}
