package org.linkmap.service.ingest;

import org.linkmap.model.submission.Position;
import org.linkmap.model.submission.Postcodes;
import org.linkmap.service.web.InvalidRequest;
import org.linkmap.service.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/postcodes/{postcode}}: the centroid of a postcode from the bundled open postcode table, so the
 * referral form can show where a place is before it is sent. The same look-up intake makes for a postcode-only place.
 */
@RestController
class PostcodeController {

    private final Geocoding geocoding;

    PostcodeController(Geocoding geocoding) {
        this.geocoding = geocoding;
    }

    record PostcodePoint(String postcode, double latitude, double longitude, String geocodedFrom) {
    }

    @GetMapping("/api/postcodes/{postcode}")
    PostcodePoint postcode(@PathVariable String postcode) {
        String normalised = Postcodes.normalise(postcode);
        if (normalised == null) {
            throw new InvalidRequest("postcode", "must be a UK postcode such as FY1 4ZZ");
        }
        try {
            Geocoding.Point point = geocoding.locate(new Position.PostcodeOnly(normalised), "postcode");
            return new PostcodePoint(normalised, point.latitude(), point.longitude(), point.geocodedFrom());
        } catch (InvalidRequest unknown) {
            throw new NotFound("The postcode " + normalised + " is not in the postcode table (PR, FY, BB and LA areas).");
        }
    }
}
