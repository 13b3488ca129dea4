package org.linkmap.bench.data;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Intelligence logs that together make a large network of about {@code nodes} nodes and {@code links} links,
 * for benchmarks of the network endpoints. Nodes fall into communities of 100 (70 people, of whom one in
 * five is a child, 20 phones, 8 vehicles and 2 networks); each submission names 12 members of one community
 * (one time in five, one of them from another community: the bridges that make 2-hop neighbourhoods and
 * shortest paths interesting) and asserts 10 links from its people to the others: people associate, use
 * phones and vehicles, and belong to networks. Everything is identified by an agency identifier, number,
 * mark or network name, so the same node named twice is one node. About 4% of asserted links repeat an
 * earlier one (corroboration), which the submission count allows for.
 */
final class NetworkSubmissions {

    static final int COMMUNITY = 100;
    private static final int PEOPLE = 70;
    private static final int PHONES = 20;
    private static final int VEHICLES = 8;
    private static final int LINKS_PER_SUBMISSION = 10;

    private final Fiction fiction;
    private final long communities;
    private final String refPrefix;

    NetworkSubmissions(long seed, long nodes, String refPrefix) {
        this.fiction = new Fiction(seed);
        this.communities = Math.max(1, nodes / COMMUNITY);
        this.refPrefix = refPrefix;
    }

    static long submissionsFor(long links) {
        return Math.max(1, links * 104 / 100 / LINKS_PER_SUBMISSION);
    }

    private record Member(String ref, long community, int slot) {
        boolean person() {
            return slot < PEOPLE;
        }
    }

    void write(JsonGenerator out, long k, long total) throws IOException {
        SplittableRandom r = fiction.of(11, k);
        long community = k % communities;
        List<Member> members = choose(r, community);
        out.writeStartObject();
        out.writeStringField("submissionRef", refPrefix + "-" + (k + 1));
        out.writeStringField("agency", Fiction.pick(r, Fiction.AGENCIES));
        out.writeStringField("submittedBy", "Benchmark generator");
        out.writeStringField("submittedAt", Fiction.iso(Fiction.START.plus(Duration.ofMinutes(k * 525_600L / total))));
        out.writeObjectFieldStart("grading");
        out.writeNumberField("source", 1 + r.nextInt(3));
        out.writeStringField("intelligence", String.valueOf("ABC".charAt(r.nextInt(3))));
        out.writeStringField("handling", "P");
        out.writeEndObject();
        out.writeArrayFieldStart("entities");
        for (Member m : members) {
            entity(out, m);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("links");
        List<Member> people = members.stream().filter(Member::person).toList();
        for (int i = 0; i < LINKS_PER_SUBMISSION; i++) {
            Member from = people.get(r.nextInt(people.size()));
            Member to = members.get(r.nextInt(members.size()));
            while (to == from) {
                to = members.get(r.nextInt(members.size()));
            }
            out.writeStartObject();
            out.writeStringField("from", from.ref());
            out.writeStringField("to", to.ref());
            out.writeStringField("type", to.person() ? "ASSOCIATES_WITH" : to.slot() >= PEOPLE + PHONES + VEHICLES ? "MEMBER_OF" : "USES");
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /** 8 people, 2 phones, a vehicle and a network of the community; one time in five a person from elsewhere. */
    private List<Member> choose(SplittableRandom r, long community) {
        List<Member> members = new ArrayList<>();
        pickSlots(r, members, community, 0, PEOPLE, 8);
        pickSlots(r, members, community, PEOPLE, PHONES, 2);
        pickSlots(r, members, community, PEOPLE + PHONES, VEHICLES, 1);
        pickSlots(r, members, community, PEOPLE + PHONES + VEHICLES, COMMUNITY - PEOPLE - PHONES - VEHICLES, 1);
        if (communities > 1 && r.nextInt(5) == 0) {
            long other = (community + 1 + r.nextLong(communities - 1)) % communities;
            members.set(0, new Member("x", other, r.nextInt(PEOPLE)));
        }
        return members;
    }

    private static void pickSlots(SplittableRandom r, List<Member> into, long community, int first, int count, int wanted) {
        List<Integer> taken = new ArrayList<>();
        while (taken.size() < wanted) {
            int slot = first + r.nextInt(count);
            if (!taken.contains(slot)) {
                taken.add(slot);
                into.add(new Member("m" + slot, community, slot));
            }
        }
    }

    private void entity(JsonGenerator out, Member m) throws IOException {
        long node = m.community() * COMMUNITY + m.slot();
        out.writeStartObject();
        out.writeStringField("ref", m.ref());
        if (m.person()) {
            boolean child = m.slot() % 5 == 0;
            out.writeStringField("type", "PERSON");
            out.writeArrayFieldStart("roles");
            out.writeString(child ? "CHILD" : "POI");
            out.writeEndArray();
            out.writeStringField("name", fiction.name(12, node));
            out.writeObjectFieldStart("identifiers");
            out.writeStringField(child ? "LCS" : "PNC", child ? "N" + Fiction.lcs(node) : "N" + Fiction.pnc(node));
            out.writeEndObject();
        } else if (m.slot() < PEOPLE + PHONES) {
            out.writeStringField("type", "PHONE");
            out.writeStringField("number", "0771" + String.format("%07d", node % 10_000_000));
        } else if (m.slot() < PEOPLE + PHONES + VEHICLES) {
            out.writeStringField("type", "VEHICLE");
            out.writeStringField("vrm", Fiction.vrm(5_000_000 + node));
        } else {
            out.writeStringField("type", "NETWORK");
            out.writeStringField("name", "Network " + node + " (fictional)");
            out.writeStringField("networkType", Fiction.pick(fiction.of(13, node), Fiction.NETWORK_TYPES));
        }
        out.writeEndObject();
    }
}
