package org.linkmap.service.area;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Which area a point lies in, from the boundary file alone. */
class AreasTest {

    private final Areas areas = new Areas(new ObjectMapper());

    @Test
    void shouldKnowTheFiveLancashireAreasInCodeOrder() {
        assertThat(areas.codes()).containsExactly("BLACKBURN_DARWEN", "BLACKPOOL", "LANCS_CENTRAL", "LANCS_EAST", "LANCS_NORTH");
    }

    @Test
    void shouldPlaceTownCentresInTheirAreas() {
        assertThat(areas.areaOf(-3.0553, 53.8159)).contains("BLACKPOOL");
        assertThat(areas.areaOf(-2.7009, 53.7589)).contains("LANCS_CENTRAL");
        assertThat(areas.areaOf(-2.8007, 54.0466)).contains("LANCS_NORTH");
        assertThat(areas.areaOf(-2.2480, 53.7893)).contains("LANCS_EAST");
        assertThat(areas.areaOf(-2.4849, 53.7486)).contains("BLACKBURN_DARWEN");
    }

    @Test
    void shouldPlaceManchesterInNoArea() {
        assertThat(areas.areaOf(-2.2426, 53.4808)).isEmpty();
    }
}
