package org.linkmap.bench.data;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.BitSet;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Case submissions shaped as agency referrals and intelligence logs: two children, two persons of interest,
 * a phone, a vehicle, a place and a network, six links and two incidents each (about 1.8 KB of JSON). For a
 * size of P people there are P x 0.45 children and P x 0.55 persons of interest, P x 0.6 submissions (so a
 * person is named in about 2.4 of them: most are corroborated), a network for every 25 persons of interest
 * (each person of interest belongs to one), two phones and a vehicle for every three of them, and a place
 * for every 10 people on a police.uk point drawn by its crime count. Incidents fall at the place or at a
 * police.uk point drawn the same way, within the year 2025.
 */
final class CaseSubmissions {

    private final Fiction fiction;
    private final SnapPoints points;
    private final long children;
    private final long personsOfInterest;
    private final long places;
    private final String refPrefix;
    private final BitSet childSeen = new BitSet();
    private final BitSet poiSeen = new BitSet();

    CaseSubmissions(long seed, long people, String refPrefix, SnapPoints points) {
        this.fiction = new Fiction(seed);
        this.points = points;
        this.children = Math.max(10, people * 45 / 100);
        this.personsOfInterest = Math.max(10, people - children);
        this.places = Math.max(10, people / 10);
        this.refPrefix = refPrefix;
    }

    static long submissionsFor(long people) {
        return Math.max(1, people * 6 / 10);
    }

    /** Writes submission {@code k} of {@code total} as one JSON object. */
    void write(JsonGenerator out, long k, long total) throws IOException {
        SplittableRandom r = fiction.of(1, k);
        OffsetDateTime submitted = Fiction.START.plus(Duration.ofMinutes(k * 525_600L / total));
        long c1 = r.nextLong(children);
        long c2 = (c1 + 1 + r.nextLong(children - 1)) % children;
        long p1 = r.nextLong(personsOfInterest);
        long p2 = (p1 + 1 + r.nextLong(personsOfInterest - 1)) % personsOfInterest;
        childSeen.set((int) c1);
        childSeen.set((int) c2);
        poiSeen.set((int) p1);
        poiSeen.set((int) p2);
        long place = r.nextLong(places);
        out.writeStartObject();
        out.writeStringField("submissionRef", refPrefix + "-" + (k + 1));
        out.writeStringField("agency", Fiction.pick(r, Fiction.AGENCIES));
        out.writeStringField("submittedBy", "Benchmark generator");
        out.writeStringField("submittedAt", Fiction.iso(submitted));
        if (r.nextInt(10) < 3) {
            out.writeObjectFieldStart("forum");
            out.writeStringField("kind", "MACE");
            out.writeStringField("area", Fiction.pick(r, Fiction.AREAS));
            out.writeStringField("meetingDate", submitted.toLocalDate().toString());
            out.writeEndObject();
        }
        out.writeObjectFieldStart("grading");
        out.writeNumberField("source", 1 + r.nextInt(3));
        out.writeStringField("intelligence", String.valueOf("ABC".charAt(r.nextInt(3))));
        out.writeStringField("handling", "P");
        out.writeEndObject();
        out.writeArrayFieldStart("entities");
        child(out, "c1", c1, true);
        child(out, "c2", c2, false);
        poi(out, "p1", p1);
        poi(out, "p2", p2);
        out.writeStartObject();
        out.writeStringField("ref", "ph");
        out.writeStringField("type", "PHONE");
        out.writeStringField("number", Fiction.phone(p1 * 2 / 3 + r.nextInt(2), r));
        out.writeEndObject();
        vehicle(out, p1 / 3, r);
        place(out, place);
        network(out, p1 / 25);
        out.writeEndArray();
        links(out, r);
        incidents(out, r, submitted, place);
        out.writeEndObject();
    }

    /** How many distinct children and persons of interest the submissions written so far name. */
    long distinctPeople() {
        return childSeen.cardinality() + poiSeen.cardinality();
    }

    private void child(JsonGenerator out, String ref, long child, boolean flagged) throws IOException {
        SplittableRandom r = fiction.of(2, child);
        out.writeStartObject();
        out.writeStringField("ref", ref);
        out.writeStringField("type", "PERSON");
        out.writeArrayFieldStart("roles");
        out.writeString("CHILD");
        out.writeEndArray();
        out.writeStringField("name", fiction.name(2, child));
        out.writeStringField("dob", (2008 + r.nextInt(7)) + "-" + String.format("%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)));
        out.writeObjectFieldStart("identifiers");
        out.writeStringField("LCS", Fiction.lcs(child));
        out.writeEndObject();
        if (flagged) {
            out.writeArrayFieldStart("hazards");
            out.writeString(r.nextBoolean() ? "CSE" : "CCE");
            out.writeEndArray();
            out.writeStringField("riskLevel", Fiction.pick(r, java.util.List.of("LOW", "MEDIUM", "HIGH")));
        }
        out.writeEndObject();
    }

    private void poi(JsonGenerator out, String ref, long person) throws IOException {
        out.writeStartObject();
        out.writeStringField("ref", ref);
        out.writeStringField("type", "PERSON");
        out.writeArrayFieldStart("roles");
        out.writeString("POI");
        out.writeEndArray();
        out.writeStringField("name", fiction.name(3, person));
        out.writeNumberField("dobYear", 1975 + fiction.of(3, person).nextInt(30));
        out.writeObjectFieldStart("identifiers");
        out.writeStringField("PNC", Fiction.pnc(person));
        out.writeEndObject();
        out.writeEndObject();
    }

    private void vehicle(JsonGenerator out, long vehicle, SplittableRandom r) throws IOException {
        SplittableRandom v = fiction.of(4, vehicle);
        String mark = Fiction.vrm(vehicle);
        out.writeStartObject();
        out.writeStringField("ref", "v");
        out.writeStringField("type", "VEHICLE");
        out.writeStringField("vrm", r.nextBoolean() ? mark : mark.replace(" ", "").toLowerCase());
        out.writeStringField("make", Fiction.pick(v, Fiction.MAKES));
        out.writeStringField("colour", Fiction.pick(v, Fiction.COLOURS));
        out.writeEndObject();
    }

    private void place(JsonGenerator out, long place) throws IOException {
        SplittableRandom r = fiction.of(5, place);
        int point = points.draw(r);
        String type = Fiction.pick(r, Fiction.LOCATION_TYPES);
        out.writeStartObject();
        out.writeStringField("ref", "l");
        out.writeStringField("type", "LOCATION");
        out.writeStringField("name", points.street(point) + " " + type.toLowerCase().replace('_', ' ') + " " + place + " (fictional)");
        out.writeStringField("locationType", type);
        out.writeNumberField("lat", points.latitude(point));
        out.writeNumberField("lon", points.longitude(point));
        out.writeEndObject();
    }

    private void network(JsonGenerator out, long network) throws IOException {
        out.writeStartObject();
        out.writeStringField("ref", "n");
        out.writeStringField("type", "NETWORK");
        out.writeStringField("name", "Group " + network + " (fictional)");
        out.writeStringField("networkType", Fiction.pick(fiction.of(6, network), Fiction.NETWORK_TYPES));
        out.writeEndObject();
    }

    private static void links(JsonGenerator out, SplittableRandom r) throws IOException {
        out.writeArrayFieldStart("links");
        link(out, "p1", "c1", "EXPLOITS", null);
        link(out, "p2", "c2", "EXPLOITS", null);
        link(out, "p1", "ph", "USES", null);
        link(out, "p1", "v", "USES", null);
        link(out, "p1", "n", "MEMBER_OF", Fiction.pick(r, java.util.List.of("LEADER", "MEMBER", "ASSOCIATE")));
        link(out, "c1", "l", "FREQUENTS", null);
        out.writeEndArray();
    }

    private static void link(JsonGenerator out, String from, String to, String type, String role) throws IOException {
        out.writeStartObject();
        out.writeStringField("from", from);
        out.writeStringField("to", to);
        out.writeStringField("type", type);
        if (role != null) {
            out.writeStringField("role", role);
        }
        out.writeEndObject();
    }

    private void incidents(JsonGenerator out, SplittableRandom r, OffsetDateTime submitted, long place) throws IOException {
        out.writeArrayFieldStart("incidents");
        for (int j = 0; j < 2; j++) {
            OffsetDateTime occurred = submitted.minusDays(1 + r.nextInt(60)).minusMinutes(r.nextInt(1440));
            out.writeStartObject();
            out.writeStringField("ref", "i" + (j + 1));
            out.writeStringField("incidentType", Fiction.pick(r, Fiction.INCIDENT_TYPES));
            out.writeStringField("occurredAt", Fiction.iso(occurred));
            if (j == 0) {
                out.writeStringField("location", "l");
            } else {
                int point = points.draw(r);
                out.writeNumberField("lat", points.latitude(point));
                out.writeNumberField("lon", points.longitude(point));
            }
            out.writeArrayFieldStart("involved");
            involved(out, j == 0 ? "c1" : "c2", "VICTIM");
            involved(out, j == 0 ? "p1" : "p2", "SUSPECT");
            out.writeEndArray();
            out.writeStringField("summary", "Generated benchmark incident.");
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void involved(JsonGenerator out, String ref, String role) throws IOException {
        out.writeStartObject();
        out.writeStringField("ref", ref);
        out.writeStringField("role", role);
        out.writeEndObject();
    }
}
