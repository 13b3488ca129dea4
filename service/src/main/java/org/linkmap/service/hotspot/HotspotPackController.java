package org.linkmap.service.hotspot;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.linkmap.geo.crs.GridTransform;
import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.area.Areas;
import org.linkmap.service.audit.AuditTrail;
import org.linkmap.service.location.PlaceConnections;
import org.linkmap.service.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/hotspot-pack?<hotspot query>}: the printable meeting pack as a PDF, made from exactly the
 * hotspots {@code GET /api/hotspots} gives for the same query and reader. The ranked table holds the leading
 * {@value #RANKED} hotspots with their trends; who and what is linked is listed for the leading {@value #LINKED}.
 */
@RestController
class HotspotPackController {

    static final int RANKED = 25;
    static final int LINKED = 10;

    private final HotspotDetection detection;
    private final HotspotPanel panel;
    private final Areas areas;
    private final Disclosure disclosure;
    private final AuditTrail audit;
    private final GridTransform grid;
    private final MapSettings settings;
    private final Clock clock;

    HotspotPackController(HotspotDetection detection, HotspotPanel panel, Areas areas, Disclosure disclosure, AuditTrail audit,
                          GridTransform grid, MapSettings settings, Clock clock) {
        this.detection = detection;
        this.panel = panel;
        this.areas = areas;
        this.disclosure = disclosure;
        this.audit = audit;
        this.grid = grid;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/api/reports/hotspot-pack")
    ResponseEntity<byte[]> pack(@RequestParam(defaultValue = "dbscan") String method, HotspotParameters parameters,
                                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                @RequestParam(required = false) String types, @RequestParam(required = false) String area,
                                @RequestParam(required = false) String bbox) {
        IncidentFilter filter = IncidentFilter.parse(from, to, types, area, bbox, areas);
        HotspotStrategy.Detection found = detection.detect(method, parameters, filter);
        List<Hotspot> hotspots = found.hotspots();
        List<HotspotPack.Row> rows = hotspots.stream().limit(RANKED).map(h -> new HotspotPack.Row(h, panel.trendOf(h, filter))).toList();
        List<HotspotPack.Linked> linked = hotspots.stream().limit(LINKED).map(this::linked).toList();
        HotspotPack.Content content = new HotspotPack.Content(settings.protectiveMarking(), about(method, found, filter, hotspots.size()),
                rows, hotspots.size(), linked, areas.districtOutlines(), hotspots);
        byte[] pdf = HotspotPack.render(content, grid, disclosure::text);
        audit.record("READ_HOTSPOT_PACK", null);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment().filename("hotspot-pack.pdf").build().toString())
                .body(pdf);
    }

    private HotspotPack.Linked linked(Hotspot hotspot) {
        PlaceConnections.Connections c = panel.connectionsOf(hotspot);
        return new HotspotPack.Linked(hotspot.rank(), labels(c.children()), labels(c.personsOfInterest()), labels(c.networks()),
                labels(c.organisations()));
    }

    private static List<String> labels(List<NodeSummary> nodes) {
        return nodes.stream().map(NodeSummary::label).toList();
    }

    private List<String[]> about(String method, HotspotStrategy.Detection found, IncidentFilter filter, int count) {
        Map<String, Object> described = filter.describe();
        String parameters = found.parameters().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(IncidentRhythm.LOCAL);
        List<String[]> about = new ArrayList<>();
        about.add(new String[] {"Method", method});
        about.add(new String[] {"Parameters", parameters});
        about.add(new String[] {"Period", (filter.from() == null ? "the first incident" : filter.from().toString()) + " to "
                + (filter.to() == null ? "the latest" : filter.to().toString())});
        about.add(new String[] {"Area", filter.area() == null ? "all areas in your view" : filter.area()});
        about.add(new String[] {"Incident types", described.get("types") == null ? "all" : String.valueOf(described.get("types"))});
        about.add(new String[] {"Hotspots found", String.valueOf(count)});
        about.add(new String[] {"Produced", now.format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm z")) + " by " + CurrentUser.nameOrSystem()});
        return about;
    }
}
