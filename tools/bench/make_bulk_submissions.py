#!/usr/bin/env python3
"""Generates submissions for the bulk-import benchmark, one JSON submission per line (NDJSON).

    python3 make_bulk_submissions.py --count 10000 --out bulk-10k.ndjson [--seed 7] [--ref-prefix BENCH]

Each submission has 8 entities (two children, two persons of interest, a phone, a vehicle, a location
and a network), 6 links and 2 incidents. People, phones, vehicles, places and networks are drawn from
pools sized so that many submissions corroborate each other, as real agency reporting does: the same
child appears in several referrals, the same phone in several intelligence logs. Identifiers, numbers
and marks are written in the varied formats agencies use. Every person here is invented; the places
are random points inside Lancashire. The output is deterministic for a given count and seed.
"""
import argparse, json, random
from datetime import datetime, timedelta, timezone

FIRST = ["Amber", "Chloe", "Ellie", "Mia", "Lacey", "Tyler", "Josh", "Liam", "Ryan", "Harvey", "Owen", "Demi",
         "Kian", "Leah", "Jade", "Reece", "Callum", "Shannon", "Bethany", "Kyle", "Nathan", "Aaron", "Lewis",
         "Connor", "Rhys", "Tariq", "Jordan", "Dean", "Marek", "Kasia", "Imran", "Sofia", "Brandon", "Keira"]
LAST = ["Testchild", "Mockridge", "Sampleton", "Testerton", "Notional", "Samplewood", "Testford", "Specimen",
        "Mockett", "Madeup", "Examplar", "Fakenham", "Dummer", "Placeholt", "Exampleton", "Mockford",
        "Demoson", "Sampleby", "Testwell", "Fictional", "Placeholder", "Inventa", "Pretendon", "Figmentley"]
AGENCIES = ["LANCASHIRE_POLICE", "LANCS_CSC", "BLACKPOOL_CSC", "BLACKBURN_CSC", "LSC_ICB", "LANCS_YJS",
            "BLACKPOOL_LICENSING", "LANCS_EDUCATION"]
AREAS = ["LANCS_NORTH", "LANCS_CENTRAL", "LANCS_EAST", "BLACKPOOL", "BLACKBURN_DARWEN"]
LOCATION_TYPES = ["HOTEL", "GUEST_HOUSE", "TAKEAWAY", "PARK", "CAR_PARK", "TRANSPORT_HUB", "SHOP", "SCHOOL"]
NETWORK_TYPES = ["ORGANISED_GROUP", "GANG", "PEER_GROUP", "COUNTY_LINE", "ONLINE_GROUP"]
INCIDENT_TYPES = ["CONCERN", "SIGHTING", "MISSING_EPISODE", "FOUND", "DISCLOSURE", "INTELLIGENCE"]
COLOURS = ["black", "white", "silver", "blue", "red", "grey"]
MAKES = ["Audi", "BMW", "Ford", "Vauxhall", "Toyota", "Nissan", "Kia", "Seat"]
START = datetime(2025, 1, 1, tzinfo=timezone.utc)
# Lancashire, roughly: random points in this box fall on land within or close to the county.
SOUTH, NORTH, WEST, EAST = 53.62, 54.10, -3.05, -2.20


def iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def phone_text(rng, digits):
    national = "07700" + digits
    return rng.choice([national[:5] + " " + national[5:], "+44 " + national[1:5] + " " + national[5:], "44" + national[1:]])


def vrm_text(rng, mark):
    return rng.choice([mark, mark.replace(" ", "").lower()])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--ref-prefix", default="BENCH", help="submissionRef prefix; vary it to import the same shape again")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    n = args.count
    children = [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"LCS-{700000 + i}",
                 f"{rng.randint(2008, 2014)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}") for i in range(max(50, n // 2))]
    pois = [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"PNC-{20000 + i:05d}/{rng.choice('ABCDEFGH')}", rng.randint(1975, 2004))
            for i in range(max(50, n // 2))]
    phones = [f"{i:06d}" for i in range(max(20, n // 3))]
    vehicles = [f"{rng.choice('ABCDEFGHJKLMNPRSTVWXY')}{rng.choice('ABCDEFGHJKLMNPRSTVWXY')}{rng.randint(10, 24)} "
                f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}" for _ in range(max(20, n // 4))]
    places = [(f"Venue {i} (fictional)", rng.choice(LOCATION_TYPES), round(rng.uniform(SOUTH, NORTH), 6),
               round(rng.uniform(WEST, EAST), 6)) for i in range(max(10, n // 10))]
    networks = [(f"Group {i} (fictional)", rng.choice(NETWORK_TYPES)) for i in range(max(5, n // 50))]

    with open(args.out, "w", encoding="utf-8") as out:
        for k in range(n):
            agency = rng.choice(AGENCIES)
            submitted = START + timedelta(minutes=k * 47)
            c1, c2 = rng.sample(children, 2)
            p1, p2 = rng.sample(pois, 2)
            place = rng.choice(places)
            network = rng.choice(networks)
            mark = rng.choice(vehicles)
            entities = [
                {"ref": "c1", "type": "PERSON", "roles": ["CHILD"], "name": c1[0], "dob": c1[2], "identifiers": {"LCS": c1[1]},
                 "hazards": [rng.choice(["CSE", "CCE"])], "riskLevel": rng.choice(["LOW", "MEDIUM", "HIGH"])},
                {"ref": "c2", "type": "PERSON", "roles": ["CHILD"], "name": c2[0], "dob": c2[2], "identifiers": {"LCS": c2[1]}},
                {"ref": "p1", "type": "PERSON", "roles": ["POI"], "name": p1[0], "dobYear": p1[2], "identifiers": {"PNC": p1[1]}},
                {"ref": "p2", "type": "PERSON", "roles": ["POI"], "name": p2[0], "dobYear": p2[2], "identifiers": {"PNC": p2[1]}},
                {"ref": "ph", "type": "PHONE", "number": phone_text(rng, rng.choice(phones))},
                {"ref": "v", "type": "VEHICLE", "vrm": vrm_text(rng, mark), "make": rng.choice(MAKES), "colour": rng.choice(COLOURS)},
                {"ref": "l", "type": "LOCATION", "name": place[0], "locationType": place[1], "lat": place[2], "lon": place[3]},
                {"ref": "n", "type": "NETWORK", "name": network[0], "networkType": network[1]},
            ]
            links = [
                {"from": "p1", "to": "c1", "type": "EXPLOITS"},
                {"from": "p2", "to": "c2", "type": "EXPLOITS"},
                {"from": "p1", "to": "ph", "type": "USES"},
                {"from": "p1", "to": "v", "type": "USES"},
                {"from": "p1", "to": "n", "type": "MEMBER_OF", "role": rng.choice(["LEADER", "MEMBER", "ASSOCIATE"])},
                {"from": "c1", "to": "l", "type": "FREQUENTS"},
            ]
            incidents = []
            for j, child in enumerate(["c1", "c2"]):
                occurred = submitted - timedelta(days=rng.randint(1, 60), minutes=rng.randint(0, 1439))
                incident = {"ref": f"i{j + 1}", "incidentType": rng.choice(INCIDENT_TYPES), "occurredAt": iso(occurred),
                            "involved": [{"ref": child, "role": "VICTIM"}, {"ref": "p1" if j == 0 else "p2", "role": "SUSPECT"}],
                            "summary": "Generated benchmark incident."}
                if j == 0:
                    incident["location"] = "l"
                else:
                    incident["lat"] = round(rng.uniform(SOUTH, NORTH), 6)
                    incident["lon"] = round(rng.uniform(WEST, EAST), 6)
                incidents.append(incident)
            submission = {"submissionRef": f"{args.ref_prefix}-{k + 1:06d}", "agency": agency, "submittedBy": "Benchmark generator",
                          "submittedAt": iso(submitted),
                          "grading": {"source": rng.randint(1, 3), "intelligence": rng.choice("ABC"), "handling": "P"},
                          "entities": entities, "links": links, "incidents": incidents}
            if rng.random() < 0.3:
                submission["forum"] = {"kind": "MACE", "area": rng.choice(AREAS), "meetingDate": submitted.date().isoformat()}
            out.write(json.dumps(submission, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
