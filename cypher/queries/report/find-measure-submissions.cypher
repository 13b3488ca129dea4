// Submissions within the period: referrals to a MACE or operational group that identify exploitation (they
// mention a child with an exploitation flag), and those without a grading.
MATCH (s:Submission)
WHERE s.submittedAt >= $from AND s.submittedAt < $to
RETURN s.id AS id, coalesce(s.areas, []) AS areas, s.submittedAt AS at,
       s.forumKind IN ['MACE', 'OPERATIONAL_GROUP'] AND
         EXISTS { MATCH (s)-[:MENTIONS]->(c:Child) WHERE size(coalesce(c.hazards, [])) > 0 } AS referralWithExploitation,
       s.source IS NULL OR s.intelligence IS NULL AS withoutGrading
