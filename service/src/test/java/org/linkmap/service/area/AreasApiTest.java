package org.linkmap.service.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

import com.fasterxml.jackson.databind.JsonNode;

/** The pages draw and list the areas the service authorises by, from {@code GET /api/areas}. */
@HarnessTest
class AreasApiTest extends ApiTestSupport {

    private static final GeometryFactory WGS84 = new GeometryFactory();

    @Test
    void shouldServeEachAreaWithItsCodeNameDistrictsAndOutline() {
        LinkmapClient.Reply reply = client.get("/api/areas", "agency");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode features = reply.body().get("features");
        assertThat(reply.body().get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(features.findValuesAsText("id"))
                .containsExactly("BLACKBURN_DARWEN", "BLACKPOOL", "LANCS_CENTRAL", "LANCS_EAST", "LANCS_NORTH");
        JsonNode east = features.get(3);
        assertThat(east.get("id").asText()).isEqualTo("LANCS_EAST");
        assertThat(east.get("properties").get("name").asText()).isEqualTo("Lancashire East");
        assertThat(east.get("properties").get("districts").findValuesAsText("name"))
                .containsExactly("Burnley", "Hyndburn", "Pendle", "Ribble Valley", "Rossendale");
        assertThat(east.get("geometry").get("type").asText()).isEqualTo("MultiPolygon");
    }

    @Test
    void shouldDrawBlackpoolTowerInsideBlackpoolAndNotInLancashireNorth() {
        JsonNode features = client.get("/api/areas", "mace").body().get("features");

        assertThat(covers(features.get(1), -3.0553, 53.8159)).isTrue();
        assertThat(covers(features.get(4), -3.0553, 53.8159)).isFalse();
    }

    private static boolean covers(JsonNode feature, double longitude, double latitude) {
        for (JsonNode polygon : feature.get("geometry").get("coordinates")) {
            if (shell(polygon.get(0)).covers(WGS84.createPoint(new Coordinate(longitude, latitude)))) {
                return true;
            }
        }
        return false;
    }

    private static Polygon shell(JsonNode ring) {
        List<Coordinate> coords = new ArrayList<>();
        ring.forEach(p -> coords.add(new Coordinate(p.get(0).asDouble(), p.get(1).asDouble())));
        return WGS84.createPolygon(coords.toArray(Coordinate[]::new));
    }
}
