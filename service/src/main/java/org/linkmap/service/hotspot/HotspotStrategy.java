package org.linkmap.service.hotspot;

import java.util.List;
import java.util.Map;

import org.linkmap.model.submission.FieldError;

/**
 * One way of finding hotspots among incidents. Each method checks the parameters it uses, finds and scores its
 * hotspots by its own rule, and echoes the parameters and defaults it applied so a printed map can say how it
 * was made. Implementations are stateless and thread-safe.
 */
interface HotspotStrategy {

    HotspotMethod method();

    /** Adds an error for each parameter this method uses that is out of its range. */
    void check(HotspotParameters parameters, List<FieldError> errors);

    /**
     * The hotspots among {@code incidents}, ranked, with the parameters used.
     *
     * @throws IllegalArgumentException when the incidents and parameters cannot be analysed (too many cells)
     */
    Detection detect(List<IncidentPoint> incidents, HotspotParameters parameters);

    /** What a method found and the parameters it used, defaults included. */
    record Detection(List<Hotspot> hotspots, Map<String, Object> parameters) {
    }
}
