package org.linkmap.service.hotspot;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.linkmap.model.submission.FieldError;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.security.CurrentUser;
import org.linkmap.service.web.BoundedWork;
import org.linkmap.service.web.InvalidRequest;
import org.springframework.stereotype.Component;

/**
 * Finds hotspots by the method a request names: checks the method's parameters, reads the incidents the filter
 * selects for the current user, and hands them to the method's {@link HotspotStrategy}. Parameters are checked
 * before any incident is read, so a bad request costs nothing. The detection runs within {@link BoundedWork}'s
 * pool and time limit whoever asks for it: the map, a pack, a campaign, an agenda or a problem profile.
 */
@Component
class HotspotDetection {

    private final Map<HotspotMethod, HotspotStrategy> strategies = new EnumMap<>(HotspotMethod.class);
    private final IncidentPoints incidents;
    private final HotspotCost cost;
    private final DetectionCache cache;
    private final IncidentIndex index;
    private final Graph graph;
    private final BoundedWork bounded;

    HotspotDetection(List<HotspotStrategy> strategies, IncidentPoints incidents, HotspotCost cost, DetectionCache cache,
                     IncidentIndex index, Graph graph, BoundedWork bounded) {
        this.bounded = bounded;
        this.cost = cost;
        this.cache = cache;
        this.index = index;
        this.graph = graph;
        strategies.forEach(s -> this.strategies.put(s.method(), s));
        if (this.strategies.size() != HotspotMethod.values().length) {
            throw new IllegalStateException("every hotspot method needs one strategy; found " + this.strategies.keySet());
        }
        this.incidents = incidents;
    }

    /**
     * @param method the request's {@code method}: {@code dbscan}, {@code kde}, {@code gistar} or {@code emerging}
     * @throws InvalidRequest naming {@code method}, a parameter, or {@code cell} when the cells are too many
     */
    HotspotStrategy.Detection detect(String method, HotspotParameters parameters, IncidentFilter filter) {
        return detectWithIncidents(method, parameters, filter).detection();
    }

    /** What a detection found, and the incidents it was made from (a hotspot's panel describes them). */
    record Found(HotspotStrategy.Detection detection, List<IncidentPoint> points) {
    }

    /** As {@link #detect}, keeping the incidents read. */
    Found detectWithIncidents(String method, HotspotParameters parameters, IncidentFilter filter) {
        HotspotStrategy strategy = HotspotMethod.parse(method).map(strategies::get)
                .orElseThrow(() -> new InvalidRequest("method", "must be dbscan, kde, gistar or emerging"));
        List<FieldError> errors = new ArrayList<>();
        strategy.check(parameters, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        return cache.get(key(strategy, parameters, filter), () -> bounded.call(() -> {
            List<IncidentPoint> points = incidents.find(filter);
            cost.check(method, parameters, points);
            try {
                return new Found(strategy.detect(points, parameters), points);
            } catch (IllegalArgumentException tooLarge) {
                throw new InvalidRequest("cell", tooLarge.getMessage());
            }
        }));
    }

    /**
     * What a detection depends on: the reader (whose view decides what is counted, and whose area was checked when
     * the entry was made), the method and its parameters, the filter, and the state of the data.
     */
    private String key(HotspotStrategy strategy, HotspotParameters parameters, IncidentFilter filter) {
        return String.join("\u0000", CurrentUser.get().getUsername(), strategy.method().key(), parameters.toString(),
                filter.parameters().toString(), String.valueOf(filter.types()), String.valueOf(filter.area()),
                index.current().version(), Long.toString(graph.dataWrites()));
    }
}
