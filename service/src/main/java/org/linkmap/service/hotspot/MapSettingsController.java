package org.linkmap.service.hotspot;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/map/settings}: the map page's background and starting view. */
@RestController
class MapSettingsController {

    private final MapSettings settings;

    MapSettingsController(MapSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/api/map/settings")
    MapSettings settings() {
        return settings;
    }
}
