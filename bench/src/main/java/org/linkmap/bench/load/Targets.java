package org.linkmap.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the read scenarios ask about: person ids found by searching the generated surnames, and whether
 * the service has the shortest-path endpoint yet. Each scenario builds its path from a random source, so
 * every worker asks about different people.
 */
final class Targets {

    static final List<String> SURNAMES = List.of("Testchild", "Mockridge", "Sampleton", "Testerton", "Notional",
            "Samplewood", "Testford", "Specimen", "Mockett", "Madeup", "Examplar", "Fakenham", "Dummer", "Placeholt");
    private static final ObjectMapper JSON = new ObjectMapper();

    final List<String> people = new ArrayList<>();
    final boolean paths;
    final String hotspotPeriod;
    final String incidentPeriod;

    Targets(Service service, String hotspotPeriod, String incidentPeriod) {
        for (String surname : SURNAMES) {
            Service.Reply reply = service.get("/api/search?limit=50&q=" + surname);
            if (reply.status() != 200) {
                throw new IllegalStateException("search answered " + reply.status() + ": " + reply.body());
            }
            for (JsonNode hit : read(reply.body())) {
                if ("PERSON".equals(hit.path("kind").asText())) {
                    people.add(hit.get("id").asText());
                }
            }
        }
        if (people.size() < 2) {
            throw new IllegalStateException("found " + people.size() + " people by the generated surnames: load generated data first");
        }
        int status = service.get("/api/network/paths?from=" + people.get(0) + "&to=" + people.get(1)).status();
        this.paths = status != 404;
        this.hotspotPeriod = hotspotPeriod;
        this.incidentPeriod = incidentPeriod;
    }

    String person(SplittableRandom r) {
        return people.get(r.nextInt(people.size()));
    }

    String search(SplittableRandom r) {
        String surname = SURNAMES.get(r.nextInt(SURNAMES.size()));
        return "/api/search?limit=20&q=" + surname.substring(0, Math.min(surname.length(), 4 + r.nextInt(4)));
    }

    String entity(SplittableRandom r) {
        return "/api/entities/" + person(r);
    }

    String network(SplittableRandom r) {
        return "/api/network/" + person(r) + "?depth=2";
    }

    String path(SplittableRandom r) {
        return "/api/network/paths?maxHops=6&from=" + person(r) + "&to=" + person(r);
    }

    String hotspots(SplittableRandom r) {
        return "/api/hotspots?method=dbscan&eps=150&minPoints=5&" + hotspotPeriod;
    }

    String incidents(SplittableRandom r) {
        return "/api/incidents?" + incidentPeriod;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
