// Disruption records dated within the period, with their areas and tactic: notices and orders, and all disruption.
MATCH (d:Disruption)
WHERE d.date >= $fromDate AND d.date < $toDate
RETURN d.id AS id, d.areas AS areas, d.date AS date, d.tactic AS tactic
