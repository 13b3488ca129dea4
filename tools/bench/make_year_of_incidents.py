#!/usr/bin/env python3
"""A year of Lancashire incidents on real police.uk geography, for the map-at-scale benchmark.

Reads the police.uk street-level crime files for Lancashire (January-December 2021, Open Government Licence),
keeps the points that fall in Lancashire, moves each month to December 2025-November 2026, gives each a
seeded random day and an evening-heavy time, maps the crime type to an incident type, and writes NDJSON
submissions of 100 incidents each (no people: the benchmark measures the map, not the graph).

    python3 tools/bench/make_year_of_incidents.py DATA_DIR OUTPUT.ndjson.gz
"""
import csv
import glob
import gzip
import json
import os
import random
import sys

TYPES = {
    'Anti-social behaviour': 'CONCERN', 'Public order': 'CONCERN', 'Violence and sexual offences': 'ASSAULT',
    'Drugs': 'INTELLIGENCE', 'Possession of weapons': 'ARREST', 'Robbery': 'ASSAULT',
}
PER_SUBMISSION = 100


def incident_type(crime, rng):
    roll = rng.random()
    if roll < 0.08:
        return 'MISSING_EPISODE'
    if roll < 0.16:
        return 'FOUND'
    return TYPES.get(crime, 'SIGHTING')


def occurred_at(month_index, rng):
    year, month = (2025, 12) if month_index == 0 else (2026, month_index)
    days = [31, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30][month_index]
    hour = int(rng.triangular(8, 27, 22)) % 24
    return f'{year:04d}-{month:02d}-{rng.randint(1, days):02d}T{hour:02d}:{rng.randint(0, 59):02d}:00Z'


def main(data_dir, output):
    rng = random.Random(2026)
    incidents = []
    for path in sorted(glob.glob(os.path.join(data_dir, '2021-*-lancashire-street.csv'))):
        month_index = int(os.path.basename(path)[5:7]) % 12
        with open(path, newline='', encoding='utf-8') as f:
            for row in csv.DictReader(f):
                if not row['Longitude'] or not row['Latitude']:
                    continue
                lon, lat = float(row['Longitude']), float(row['Latitude'])
                if not (-3.15 <= lon <= -2.0 and 53.45 <= lat <= 54.25):
                    continue
                incidents.append({'incidentType': incident_type(row['Crime type'], rng),
                                  'occurredAt': occurred_at(month_index, rng), 'lat': lat, 'lon': lon})
    with gzip.open(output, 'wt', encoding='utf-8') as out:
        for n, start in enumerate(range(0, len(incidents), PER_SUBMISSION)):
            chunk = incidents[start:start + PER_SUBMISSION]
            for k, incident in enumerate(chunk):
                incident['ref'] = f'i{k}'
            out.write(json.dumps({
                'submissionRef': f'BENCH-YEAR-{n:04d}', 'agency': 'LANCASHIRE_POLICE', 'submittedBy': 'Benchmark generator',
                'submittedAt': '2026-11-30T12:00:00Z', 'grading': {'source': 2, 'intelligence': 'C', 'handling': 'P'},
                'entities': [], 'links': [], 'incidents': chunk}, separators=(',', ':')) + '\n')
    print(f'{len(incidents)} incidents in {output}', file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
