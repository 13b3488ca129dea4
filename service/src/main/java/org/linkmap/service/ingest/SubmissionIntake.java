package org.linkmap.service.ingest;

import java.util.function.Predicate;

import org.linkmap.model.submission.SubmissionValidator;
import org.linkmap.service.web.Forbidden;
import org.linkmap.service.web.InvalidRequest;
import org.springframework.stereotype.Component;

/**
 * The whole way in for a submission, whoever sends it (the API, a bulk file, the demo): read the JSON
 * strictly, validate it, check the sender may speak for its agency, and ingest it.
 */
@Component
public class SubmissionIntake {

    private final SubmissionReader reader;
    private final SubmissionValidator validator;
    private final SubmissionIngest ingest;

    SubmissionIntake(SubmissionReader reader, SubmissionValidator validator, SubmissionIngest ingest) {
        this.reader = reader;
        this.validator = validator;
        this.ingest = ingest;
    }

    /**
     * Reads, validates and ingests one submission.
     *
     * @param body           the submission's JSON
     * @param agencyAllowed  whether the sender may submit for the agency the submission names
     * @param alongside      work for the submission's own transaction once it is stored (its audit entry)
     * @throws InvalidRequest when the submission breaks the contract (nothing is written)
     * @throws Forbidden      when the sender may not submit for that agency (nothing is written)
     */
    public IngestResult.Stored accept(String body, Predicate<String> agencyAllowed, SubmissionIngest.AlongsideStored alongside) {
        return ingest.ingest(prepare(body, agencyAllowed), alongside);
    }

    /**
     * Reads and validates one submission without writing anything, for a caller that ingests in batches.
     *
     * @throws InvalidRequest when the submission breaks the contract
     * @throws Forbidden      when the sender may not submit for that agency
     */
    public SubmissionCandidate prepare(String body, Predicate<String> agencyAllowed) {
        var request = reader.read(body);
        var result = validator.validate(request);
        if (!result.isValid()) {
            throw new InvalidRequest(result.errors());
        }
        if (!agencyAllowed.test(result.submission().agency())) {
            throw new Forbidden("You may submit for your own agency only, not for " + result.submission().agency() + ".");
        }
        return new SubmissionCandidate(result.submission(), reader.contentHash(request), body);
    }
}
