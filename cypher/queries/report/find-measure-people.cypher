// Children and persons of interest first reported within the period, with their areas and whether a risk level
// is recorded: the "flagged" measures and the data-quality count of children without a risk level.
MATCH (p:Person)
WHERE (p:Child OR p:PersonOfInterest) AND p.firstReported >= $from AND p.firstReported < $to
RETURN p.id AS id, labels(p) AS labels, properties(p) AS properties, p.firstReported AS at,
       p:Child AS child, p:PersonOfInterest AS personOfInterest, p.riskLevel IS NULL AS withoutRiskLevel
