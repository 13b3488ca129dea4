package org.linkmap.service.mace;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linkmap.service.area.Areas;
import org.linkmap.service.audit.AuditTrail;
import org.linkmap.service.web.StrictJson;
import org.linkmap.service.hotspot.FoundHotspot;
import org.linkmap.service.hotspot.HotspotFinder;
import org.linkmap.service.web.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/campaigns}: an awareness week or similar. The top N hotspots of the area by the given hotspot
 * query (by default DBSCAN over the three months before the campaign) become one outreach tasking each.
 */
@RestController
class CampaignController {

    private final Campaigns campaigns;
    private final HotspotFinder hotspots;
    private final Areas areas;
    private final Scope scope;
    private final AuditTrail audit;
    private final StrictJson json;
    private final String defaultTeam;

    CampaignController(Campaigns campaigns, HotspotFinder hotspots, Areas areas, Scope scope, AuditTrail audit, StrictJson json,
                       @Value("${linkmap.mace.campaign-team:LANCASHIRE_POLICE}") String defaultTeam) {
        this.campaigns = campaigns;
        this.hotspots = hotspots;
        this.areas = areas;
        this.scope = scope;
        this.audit = audit;
        this.json = json;
        this.defaultTeam = defaultTeam;
    }

    record CampaignRequest(String name, String area, String from, String to, Integer top,
                           Map<String, Object> hotspotQuery, String assignedTo, String action) {
    }

    @PostMapping(path = "/api/campaigns", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Campaign> create(@RequestBody String body) {
        CampaignRequest request = json.read(body, CampaignRequest.class);
        Fields fields = new Fields();
        String name = fields.text("name", request.name(), 200, true);
        String area = fields.text("area", request.area(), 60, true);
        if (area != null && !areas.isKnown(area)) {
            fields.add("area", "must be one of " + String.join(", ", areas.codes()));
            area = null;
        }
        LocalDate from = fields.date("from", request.from(), true);
        LocalDate to = fields.date("to", request.to(), true);
        if (from != null && to != null && to.isBefore(from)) {
            fields.add("to", "must not be before from");
        }
        Integer top = fields.whole("top", request.top(), 1, 200, 20);
        String team = request.assignedTo() == null ? defaultTeam : TaskingController.agency(fields, "assignedTo", request.assignedTo());
        String action = fields.text("action", request.action(), 500, false);
        Map<String, String> query = query(request.hotspotQuery());
        LocalDate queryFrom = fields.date("hotspotQuery.from", query.remove("from"), false);
        LocalDate queryTo = fields.date("hotspotQuery.to", query.remove("to"), false);
        fields.check();
        scope.checkArea(area);
        LocalDate hotspotsFrom = queryFrom != null ? queryFrom : from.minusMonths(3);
        LocalDate hotspotsTo = queryTo != null ? queryTo : from.minusDays(1);
        List<FoundHotspot> found = hotspots.top(query, hotspotsFrom, hotspotsTo, area, top, "hotspotQuery");
        Map<String, Object> echo = new LinkedHashMap<>(query);
        echo.putIfAbsent("method", "dbscan");
        echo.put("from", hotspotsFrom.toString());
        echo.put("to", hotspotsTo.toString());
        String id = campaigns.create(new Campaigns.New(name, area, from, to, top, echo, team, action), found, scope.userName());
        audit.record("CREATE_CAMPAIGN", id);
        return ResponseEntity.created(URI.create("/api/campaigns/" + id)).body(campaigns.find(id).orElseThrow());
    }

    @GetMapping("/api/campaigns")
    Page<Campaign> list(@RequestParam(required = false) String area) {
        if (area != null) {
            scope.checkArea(Fields.knownArea(areas, area));
        }
        audit.record("READ_CAMPAIGNS", null);
        return Page.of(campaigns.list(null, area, scope.areaFilter()), 1000, 0);
    }

    @GetMapping("/api/campaigns/{id}")
    Campaign one(@PathVariable String id) {
        Campaign campaign = campaigns.find(id).orElseThrow(() -> new NotFound("No campaign " + id + "."));
        scope.checkArea(campaign.area());
        audit.record("READ_CAMPAIGN", id);
        return campaign;
    }

    private static Map<String, String> query(Map<String, Object> given) {
        Map<String, String> query = new LinkedHashMap<>();
        if (given != null) {
            given.forEach((k, v) -> {
                if (v != null) {
                    query.put(k, String.valueOf(v));
                }
            });
        }
        return query;
    }
}
