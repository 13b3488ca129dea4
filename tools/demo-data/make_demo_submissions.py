#!/usr/bin/env python3
"""Builds Linkmap's demo data set: submissions (NDJSON) about fictional people, placed on real
police.uk street-level crime snap points around Blackpool, Preston, Blackburn, Burnley and Lancaster.

    python3 make_demo_submissions.py --police-uk DIR --out demo-submissions.ndjson

DIR holds police.uk monthly "street" CSV files for Lancashire (Open Government Licence v3.0:
"Contains public sector information licensed under the Open Government Licence v3.0.").
The output is deterministic: the same input gives the same file byte for byte.
Every person, phone, vehicle, account and business name here is invented.
"""
import argparse, csv, glob, json, math, os, random
from datetime import datetime, timedelta, timezone

TOWNS = {
    "Blackpool": (53.8175, -3.0357, "BLACKPOOL"),
    "Preston": (53.7590, -2.7000, "LANCS_CENTRAL"),
    "Blackburn": (53.7486, -2.4877, "BLACKBURN_DARWEN"),
    "Burnley": (53.7893, -2.2405, "LANCS_EAST"),
    "Lancaster": (54.0466, -2.8007, "LANCS_NORTH"),
}
START = datetime(2025, 12, 1, tzinfo=timezone.utc)
END = datetime(2026, 11, 20, tzinfo=timezone.utc)

# (key, town, locationType, fictional name, police.uk location to look for or None for the busiest street)
VENUES = [
    ("bpl-guest", "Blackpool", "GUEST_HOUSE", "Seafront Rest guest house (fictional)", "Promenade"),
    ("bpl-takeaway", "Blackpool", "TAKEAWAY", "Golden Fry takeaway (fictional)", "Nightclub"),
    ("bpl-carpark", "Blackpool", "CAR_PARK", "Central multi-storey car park", "Parking Area"),
    ("bpl-park", "Blackpool", "PARK", "Park and open space, Blackpool", "Park/Open Space"),
    ("bpl-hotel", "Blackpool", "HOTEL", "North Shore Lodge hotel (fictional)", None),
    ("pre-bus", "Preston", "TRANSPORT_HUB", "Preston bus station", "Parking Area"),
    ("pre-takeaway", "Preston", "TAKEAWAY", "Friargate Pizza & Kebab (fictional)", "Nightclub"),
    ("pre-park", "Preston", "PARK", "Park and open space, Preston", "Park/Open Space"),
    ("pre-hotel", "Preston", "HOTEL", "Ribble Stay hotel (fictional)", "Shopping Area"),
    ("bbn-bus", "Blackburn", "TRANSPORT_HUB", "Blackburn bus station", "Bus/Coach Station"),
    ("bbn-takeaway", "Blackburn", "TAKEAWAY", "King Street Grill (fictional)", "Shopping Area"),
    ("bbn-park", "Blackburn", "PARK", "Park and open space, Blackburn", "Park/Open Space"),
    ("bur-park", "Burnley", "PARK", "Park and open space, Burnley", "Park/Open Space"),
    ("bur-takeaway", "Burnley", "TAKEAWAY", "Curzon Chicken (fictional)", "Nightclub"),
    ("bur-carpark", "Burnley", "CAR_PARK", "Burnley town centre car park", "Parking Area"),
    ("lan-hotel", "Lancaster", "HOTEL", "Castle View Inn (fictional)", None),
    ("lan-bus", "Lancaster", "TRANSPORT_HUB", "Lancaster bus station", "Bus/Coach Station"),
    ("lan-takeaway", "Lancaster", "TAKEAWAY", "Lune Noodle Bar (fictional)", "Shopping Area"),
]

NETWORKS = [
    {"ref": "promenade", "name": "Promenade crew", "type": "ORGANISED_GROUP", "hazard": "CSE", "town": "Blackpool",
     "venues": ["bpl-guest", "bpl-takeaway", "bpl-carpark", "bpl-hotel", "bpl-park"],
     "pois": ["Connor Exampleton", "Rhys Mockford", "Tariq Demoson"],
     "children": ["Chloe Mockridge", "Ellie Sampleton", "Mia Testerton", "Lacey Dummond"]},
    {"ref": "friargate", "name": "Friargate line", "type": "COUNTY_LINE", "hazard": "CCE", "town": "Preston",
     "venues": ["pre-bus", "pre-takeaway", "pre-hotel", "lan-bus", "bpl-carpark"],
     "pois": ["Lewis Sampleby", "Aaron Testwell", "Jordan Placeholt"],
     "children": ["Tyler Notional", "Josh Samplewood", "Liam Testford", "Mia Testerton"]},
    {"ref": "eastside", "name": "Eastside crew", "type": "GANG", "hazard": "CCE", "town": "Burnley",
     "venues": ["bur-park", "bur-takeaway", "bur-carpark", "bbn-bus", "bbn-takeaway"],
     "pois": ["Kyle Fakenham", "Nathan Dummer", "Jordan Placeholt"],
     "children": ["Ryan Specimen", "Harvey Mockett", "Owen Madeup", "Demi Examplar"]},
    {"ref": "canal", "name": "Canal peers", "type": "PEER_GROUP", "hazard": "CSE", "town": "Lancaster",
     "venues": ["lan-hotel", "lan-takeaway", "lan-bus"],
     "pois": ["Callum Proxley"],
     "children": ["Skye Dummett", "Keeley Proforma", "Leah Invented"]},
    {"ref": "snapring", "name": "Snapchat ring", "type": "ONLINE_GROUP", "hazard": "CSE", "town": "Blackburn",
     "venues": ["bbn-park", "pre-park", "bpl-hotel"],
     "pois": ["Shane Notreal", "Darren Fictor"],
     "children": ["Kayla Fictive", "Ruby Placeholder", "Ellie Sampleton", "Demi Examplar"]},
]

CSC = {"Blackpool": "BLACKPOOL_CSC", "Blackburn": "BLACKBURN_DARWEN_CSC"}
OTHER_AGENCIES = ["LANCS_HEALTH", "LANCS_EDUCATION", "LANCS_YOT"]


def load_snap_points(folder):
    counts, names = {}, {}
    for path in sorted(glob.glob(os.path.join(folder, "*-street.csv"))):
        with open(path, newline="") as f:
            for row in csv.DictReader(f):
                if not row["Longitude"]:
                    continue
                key = (round(float(row["Longitude"]), 6), round(float(row["Latitude"]), 6))
                counts[key] = counts.get(key, 0) + 1
                names[key] = row["Location"].replace("On or near ", "")
    return counts, names


def metres(a, b):
    return math.hypot((a[1] - b[1]) * 111_200, (a[0] - b[0]) * 111_200 * math.cos(math.radians(a[1])))


def pick_venues(counts, names):
    chosen, used = {}, set()
    for key, town, _type, _name, pattern in VENUES:
        lat, lon, _area = TOWNS[town]
        centre = (lon, lat)
        candidates = [p for p in counts if metres(p, centre) < 2_500 and p not in used
                      and (pattern is None or names[p] == pattern)
                      and all(metres(p, q) > 300 for q in used)]
        best = max(candidates, key=lambda p: (counts[p], p))
        chosen[key] = best
        used.add(best)
    return chosen


def nearby(point, counts, radius):
    return sorted(p for p in counts if metres(p, point) <= radius)


class Builder:
    def __init__(self, counts, names):
        self.rng = random.Random(20261123)
        self.counts, self.names = counts, names
        self.venues = pick_venues(counts, names)
        self.venue_info = {v[0]: v for v in VENUES}
        self.people = {}
        self.serial = 0

    def person(self, name, role, town):
        if name not in self.people:
            self.serial += 1
            n = self.serial
            if role == "CHILD":
                year = 2008 + n % 6
                entity = {"type": "PERSON", "roles": ["CHILD"], "name": name, "dob": f"{year}-{1 + n % 12:02d}-{1 + (n * 7) % 27:02d}",
                          "gender": "F" if name.split()[0] in FEMALE else "M", "identifiers": {"LCS": f"LCS-7{n:05d}"},
                          "riskLevel": ["MEDIUM", "HIGH", "HIGH", "LOW"][n % 4]}
            else:
                entity = {"type": "PERSON", "roles": ["POI"], "name": name, "dobYear": 1985 + n % 15, "gender": "M",
                          "identifiers": {"PNC": f"{10 + n % 12}/{700000 + n * 37:07d}Z"}}
                if n % 3 == 0:
                    entity["aliases"] = [name.split()[0][:3]]
            self.people[name] = entity
        return dict(self.people[name])

    def location(self, key):
        _key, town, ltype, name, _pattern = self.venue_info[key]
        lon, lat = self.venues[key]
        return {"type": "LOCATION", "name": name, "locationType": ltype, "address": f"{self.names[(lon, lat)]}, {town}",
                "lat": lat, "lon": lon, "vulnerable": ltype in ("PARK", "TRANSPORT_HUB")}

    def when(self, month_start, month_end):
        span = (month_end - month_start).total_seconds()
        at = month_start + timedelta(seconds=self.rng.randrange(int(span)))
        return at.replace(hour=self.rng.choice([15, 16, 17, 19, 20, 21, 22, 23, 0, 1]), minute=self.rng.randrange(60), second=0)


FEMALE = {"Chloe", "Ellie", "Mia", "Lacey", "Skye", "Keeley", "Leah", "Kayla", "Ruby", "Demi"}


def months():
    m = START
    while m < END:
        nxt = (m.replace(day=28) + timedelta(days=4)).replace(day=1)
        yield m, min(nxt, END)
        m = nxt


def network_submissions(b, net, index):
    """One police intelligence submission per month for the network, plus agency referrals."""
    out = []
    town = net["town"]
    area = TOWNS[town][2]
    phones = [f"07700 9{index}{k:04d}" for k in range(len(net["pois"]))]
    vrm = f"PK{19 + index} {chr(65 + index)}XE"
    for m, (start, end) in enumerate(months()):
        ents, links, incidents = [], [], []
        refs = {}
        for k, name in enumerate(net["pois"]):
            e = b.person(name, "POI", town)
            e["ref"] = f"p{k}"
            e["hazards"] = [net["hazard"]]
            ents.append(e)
            refs[name] = e["ref"]
        for k, name in enumerate(net["children"]):
            e = b.person(name, "CHILD", town)
            e["ref"] = f"c{k}"
            e["hazards"] = [net["hazard"]]
            ents.append(e)
            refs[name] = e["ref"]
        ents.append({"ref": "n", "type": "NETWORK", "name": net["name"], "networkType": net["type"]})
        for k, _ in enumerate(net["pois"]):
            links.append({"from": f"p{k}", "to": "n", "type": "MEMBER_OF", "role": "LEADER" if k == 0 else "MEMBER"})
        if m == 0:
            for k, number in enumerate(phones):
                ents.append({"ref": f"ph{k}", "type": "PHONE", "number": number})
                links.append({"from": f"p{k}", "to": f"ph{k}", "type": "USES"})
            ents.append({"ref": "v", "type": "VEHICLE", "vrm": vrm, "make": ["Audi", "BMW", "Mercedes", "Ford", "Vauxhall"][index],
                         "colour": ["black", "grey", "white", "silver", "blue"][index]})
            links.append({"from": "p0", "to": "v", "type": "USES"})
            if len(net["pois"]) > 1:
                links.append({"from": "p0", "to": "p1", "type": "ASSOCIATES_WITH", "kind": "CO_OFFENDER"})
                links.append({"from": "ph0", "to": "ph1", "type": "CONTACTED"})
            if net["type"] == "ONLINE_GROUP":
                for k, _ in enumerate(net["pois"]):
                    ents.append({"ref": f"oa{k}", "type": "ONLINE_ACCOUNT", "platform": "Snapchat", "handle": f"@demo_{net['ref']}_{k}"})
                    links.append({"from": f"p{k}", "to": f"oa{k}", "type": "USES"})
        for k, child in enumerate(net["children"]):
            exploiter = net["pois"][(k + m) % len(net["pois"])]
            links.append({"from": refs[exploiter], "to": refs[child], "type": "EXPLOITS"})
        for v, venue in enumerate(net["venues"]):
            ents.append(dict(b.location(venue), ref=f"l{v}"))
            # Most hotspots are busiest in the recent months, so the map changes over the year.
            weight = 1 + (m >= 6) + (v % 2 == 0)
            for _ in range(b.rng.choice([0, 1, 1, 2]) * weight // 2 + (1 if m % 3 == v % 3 else 0)):
                point = b.rng.choice(nearby(b.venues[venue], b.counts, 90))
                child = b.rng.choice(net["children"])
                involved = [{"ref": refs[child], "role": "MISSING_PERSON" if b.rng.random() < 0.2 else "VICTIM"}]
                if b.rng.random() < 0.6:
                    involved.append({"ref": refs[b.rng.choice(net["pois"])], "role": "SUSPECT"})
                itype = b.rng.choice(["SIGHTING", "SIGHTING", "CONCERN", "FOUND", "MISSING_EPISODE", "INTELLIGENCE"])
                inc = {"ref": f"i{len(incidents)}", "incidentType": itype,
                       "occurredAt": b.when(start, end).strftime("%Y-%m-%dT%H:%M:%SZ"),
                       "involved": involved,
                       "summary": f"{itype.replace('_', ' ').lower().capitalize()} near {b.venue_info[venue][3]}."}
                if metres(point, b.venues[venue]) < 1:
                    inc["location"] = f"l{v}"
                else:
                    inc["lat"], inc["lon"] = point[1], point[0]
                incidents.append(inc)
        used = {l["from"] for l in links} | {l["to"] for l in links} | {i["ref"] for inc in incidents for i in inc["involved"]} \
            | {inc.get("location") for inc in incidents}
        ents = [e for e in ents if e["ref"] in used]
        out.append({
            "submissionRef": f"DEMO-POL-{net['ref'].upper()}-{start:%Y-%m}", "agency": "LANCASHIRE_POLICE",
            "submittedBy": "Demo intelligence unit", "submittedAt": end.strftime("%Y-%m-%dT09:00:00Z"),
            "forum": {"kind": "MACE", "area": area, "meetingDate": (end + timedelta(days=7)).strftime("%Y-%m-%d")},
            "grading": {"source": 2, "intelligence": "B", "handling": "P"},
            "entities": ents, "links": links, "incidents": incidents,
            "narrative": f"Monthly intelligence update on {net['name']} (demo data, fictional people)."})
    out.extend(referrals(b, net, index, phones))
    return out


def referrals(b, net, index, phones):
    """Other agencies corroborate: the same children (by LCS id) and the same phone in another format."""
    town = net["town"]
    area = TOWNS[town][2]
    agencies = [CSC.get(town, "LANCASHIRE_CSC")] + OTHER_AGENCIES[index % 3:index % 3 + 1]
    out = []
    for a, agency in enumerate(agencies):
        child = net["children"][a % len(net["children"])]
        poi = net["pois"][0]
        c = dict(b.person(child, "CHILD", town), ref="c")
        p = dict(b.person(poi, "POI", town), ref="p")
        if a == 1:
            # A second agency spells the man differently and has no police number for him: Linkmap should
            # propose the match (shared phone, alias) rather than merge it silently.
            p["name"] = p["name"].replace("o", "oo", 1)
            p.pop("identifiers", None)
            p["aliases"] = [poi.split()[0][:3]]
        phone = "+44 " + phones[0][1:]
        out.append({
            "submissionRef": f"DEMO-{agency}-{net['ref'].upper()}-{a}", "agency": agency,
            "submittedBy": "Demo practitioner", "submittedAt": (START + timedelta(days=40 + 60 * index + 20 * a)).strftime("%Y-%m-%dT11:30:00Z"),
            "forum": {"kind": "OPERATIONAL_GROUP", "area": area, "meetingDate": (START + timedelta(days=47 + 60 * index + 20 * a)).strftime("%Y-%m-%d")},
            "grading": {"source": 1, "intelligence": "C", "handling": "C" if a == 0 else "P"},
            "entities": [c, p, {"ref": "ph", "type": "PHONE", "number": phone}],
            "links": [{"from": "p", "to": "c", "type": "EXPLOITS"}, {"from": "p", "to": "ph", "type": "USES"}],
            "narrative": f"Referral: {child.split()[0]} has contact with an older male on the phone number given (demo data)."})
    return out


def background(b):
    """Incidents recorded with nobody linked yet: the wider picture the hotspots stand out from."""
    points = sorted(p for p in b.counts if any(metres(p, (t[1], t[0])) < 3_000 for t in TOWNS.values()))
    weights = [b.counts[p] for p in points]
    out = []
    for m, (start, end) in enumerate(months()):
        incidents = []
        for k in range(30):
            p = b.rng.choices(points, weights)[0]
            itype = b.rng.choice(["CONCERN", "CONCERN", "SIGHTING", "MISSING_EPISODE", "FOUND", "DISCLOSURE", "ASSAULT"])
            incidents.append({"ref": f"i{k}", "incidentType": itype, "occurredAt": b.when(start, end).strftime("%Y-%m-%dT%H:%M:%SZ"),
                              "lat": p[1], "lon": p[0], "summary": f"{itype.replace('_', ' ').lower().capitalize()} reported near {b.names[p]}."})
        out.append({
            "submissionRef": f"DEMO-POL-LOG-{start:%Y-%m}", "agency": "LANCASHIRE_POLICE", "submittedBy": "Demo incident log",
            "submittedAt": end.strftime("%Y-%m-%dT08:00:00Z"), "grading": {"source": 2, "intelligence": "C", "handling": "P"},
            "entities": [], "links": [], "incidents": incidents,
            "narrative": "Safeguarding concerns logged this month with no person linked yet (demo data)."})
    return out


# The businesses operating some venues, as licensing records them.
PREMISES = [("bpl-guest", "Seafront Rest Ltd (fictional)", "HOTEL"), ("bpl-takeaway", "Golden Fry Foods Ltd (fictional)", "TAKEAWAY"),
            ("bpl-hotel", "North Shore Lodge Ltd (fictional)", "HOTEL"), ("pre-takeaway", "Friargate Foods (fictional)", "TAKEAWAY"),
            ("bur-takeaway", "Curzon Chicken Ltd (fictional)", "TAKEAWAY")]


def places(b):
    """Places as case subjects: who runs them (licensing) and, last month, Blackpool outreach reporting the Promenade
    children frequenting the guest house and takeaway, with a cluster of sightings there. A generator of its own,
    so the rest of the data set stays as it was."""
    rng = random.Random(20261201)
    start, end = datetime(2026, 11, 1, tzinfo=timezone.utc), datetime(2026, 11, 19, tzinfo=timezone.utc)
    ents = [dict(b.location(venue), ref=f"l{k}") for k, (venue, _, _) in enumerate(PREMISES)]
    ents += [{"ref": f"o{k}", "type": "ORGANISATION", "name": name, "orgType": kind} for k, (_, name, kind) in enumerate(PREMISES)]
    licensing = {
        "submissionRef": "DEMO-LICENSING-PREMISES-2026-11", "agency": "BLACKPOOL_LICENSING", "submittedBy": "Demo licensing officer",
        "submittedAt": "2026-11-03T10:00:00Z", "grading": {"source": 1, "intelligence": "A", "handling": "P"},
        "entities": ents, "links": [{"from": f"o{k}", "to": f"l{k}", "type": "OPERATES"} for k in range(len(PREMISES))],
        "narrative": "Premises licence holders for venues discussed at the operational group (demo data, fictional businesses)."}
    net = NETWORKS[0]
    ents = [dict(b.location("bpl-guest"), ref="guest"), dict(b.location("bpl-takeaway"), ref="takeaway"),
            dict(b.location("bpl-carpark"), ref="carpark")]
    links, incidents = [], []
    for k, name in enumerate(net["children"]):
        ents.append(dict(b.person(name, "CHILD", "Blackpool"), ref=f"c{k}"))
        links.append({"from": f"c{k}", "to": "guest" if k % 2 == 0 else "takeaway", "type": "FREQUENTS"})
    ents.append(dict(b.person(net["pois"][1], "POI", "Blackpool"), ref="p"))
    links.append({"from": "p", "to": "guest", "type": "FREQUENTS"})
    for venue, count in (("guest", 8), ("takeaway", 6), ("carpark", 5)):
        key = {"guest": "bpl-guest", "takeaway": "bpl-takeaway", "carpark": "bpl-carpark"}[venue]
        for _ in range(count):
            point = rng.choice(nearby(b.venues[key], b.counts, 60))
            at = start + timedelta(seconds=rng.randrange(int((end - start).total_seconds())))
            at = at.replace(hour=rng.choice([19, 20, 21, 22, 23, 0, 1]), minute=rng.randrange(60), second=0)
            itype = rng.choice(["SIGHTING", "SIGHTING", "CONCERN", "FOUND"])
            involved = [{"ref": f"c{rng.randrange(len(net['children']))}", "role": "VICTIM"}]
            if venue == "guest" and rng.random() < 0.5:
                involved.append({"ref": "p", "role": "SUSPECT"})
            inc = {"ref": f"i{len(incidents)}", "incidentType": itype, "occurredAt": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                   "involved": involved, "summary": f"Outreach: {itype.lower()} near {b.venue_info[key][3]}."}
            if metres(point, b.venues[key]) < 1:
                inc["location"] = venue
            else:
                inc["lat"], inc["lon"] = point[1], point[0]
            incidents.append(inc)
    outreach = {
        "submissionRef": "DEMO-BLACKPOOL_CSC-OUTREACH-2026-11", "agency": "BLACKPOOL_CSC", "submittedBy": "Demo outreach worker",
        "submittedAt": "2026-11-19T17:00:00Z",
        "forum": {"kind": "OPERATIONAL_GROUP", "area": "BLACKPOOL", "meetingDate": "2026-11-26"},
        "grading": {"source": 2, "intelligence": "B", "handling": "P"},
        "entities": ents, "links": links, "incidents": incidents,
        "narrative": "Outreach sessions on the seafront this month (demo data, fictional people)."}
    return [licensing, outreach]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--police-uk", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    counts, names = load_snap_points(args.police_uk)
    b = Builder(counts, names)
    submissions = []
    for index, net in enumerate(NETWORKS):
        submissions.extend(network_submissions(b, net, index))
    submissions.extend(background(b))
    submissions.extend(places(b))
    submissions.sort(key=lambda s: (s["submittedAt"], s["submissionRef"]))
    with open(args.out, "w") as f:
        for s in submissions:
            f.write(json.dumps(s, separators=(",", ":")) + "\n")
    incidents = sum(len(s.get("incidents", [])) for s in submissions)
    print(f"{len(submissions)} submissions, {incidents} incidents, {len(b.people)} people -> {args.out}")


if __name__ == "__main__":
    main()
