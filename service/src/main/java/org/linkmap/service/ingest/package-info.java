/**
 * Intake: submissions from agencies and meetings are validated, their entities resolved to the nodes already known,
 * and everything written in one transaction with its provenance. {@code SubmissionIntake} is the way in and
 * {@code SubmissionIngest} the transaction; {@code BatchWriter} orders a batch's writes, each step a class named for
 * it ({@code IdempotencyTriage}, {@code GraphChecks}, {@code KeyedIdentifiers}, {@code PeopleResolution},
 * {@code NamesakePlaces}, {@code LinkFolding}, {@code MentionRecords}, {@code SubmissionRecords}).
 */
package org.linkmap.service.ingest;
