package org.linkmap.service.hotspot;

import java.util.Arrays;
import java.util.Optional;

/** The hotspot methods, by the name a request gives in {@code method} and a hotspot carries in {@code properties.method}. */
enum HotspotMethod {
    DBSCAN("dbscan"), KDE("kde"), GISTAR("gistar"), EMERGING("emerging");

    private final String key;

    HotspotMethod(String key) {
        this.key = key;
    }

    /** The name in requests, responses and hotspot ids. */
    String key() {
        return key;
    }

    static Optional<HotspotMethod> parse(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }
}
