package org.linkmap.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.linkmap.model.submission.FieldError;
import org.linkmap.service.web.InvalidRequest;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The incident CSV layout, row in, submission JSON out, and errors named by column. */
class IncidentCsvTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REQUIRED = List.of("agency", "submissionRef", "submittedBy", "submittedAt", "source",
            "intelligence", "handling", "incidentType", "occurredAt");

    private static CSVRecord record(String line) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(line)).getRecords().get(0);
    }

    private static List<String> header(String... more) {
        List<String> header = new java.util.ArrayList<>(REQUIRED);
        header.addAll(List.of(more));
        return header;
    }

    @Test
    void shouldNameEveryUnknownRepeatedAndMissingColumn() {
        List<String> header = List.of("agency", "AGENCY", "submissionRef", "submittedBy", "submittedAt", "source", "intelligence",
                "handling", "incidentType", "occuredAt", "person1Shoe");

        assertThatThrownBy(() -> new IncidentCsv(header, JSON)).isInstanceOfSatisfying(InvalidRequest.class, e ->
                assertThat(e.errors()).containsExactly(
                        new FieldError("header.AGENCY", "appears more than once"),
                        new FieldError("header.occuredAt", "is not a column of the incident CSV layout (see docs/bulk-import.md)"),
                        new FieldError("header.person1Shoe", "is not a column of the incident CSV layout (see docs/bulk-import.md)"),
                        new FieldError("header.occurredAt", "is a required column")));
    }

    @Test
    void shouldMatchColumnsWithoutRegardToCase() throws IOException {
        List<String> header = List.of("AGENCY", "SubmissionRef", "submittedby", "submittedAt", "source", "intelligence", "handling",
                "incidentType", "occurredAt", "PERSON2NAME");
        IncidentCsv csv = new IncidentCsv(header, JSON);

        String json = csv.toSubmission(record("POLICE,R1,PC,2026-11-02T10:15:00Z,2,B,P,CONCERN,2026-10-30T22:40:00Z,Ann Example")).json();

        assertThat(JSON.readTree(json).get("agency").asText()).isEqualTo("POLICE");
        assertThat(JSON.readTree(json).get("entities").get(0).get("ref").asText()).isEqualTo("person2");
    }

    @Test
    void shouldMakeOneSubmissionOfARowWithItsPlaceAndPeople() throws IOException {
        IncidentCsv csv = new IncidentCsv(header("lat", "lon", "locationName", "person1Name", "person1Kind", "person1Role",
                "person1Aliases", "person1Phone"), JSON);

        String json = csv.toSubmission(record("POLICE,R1,PC 1,2026-11-02T10:15:00Z,2,B,P,SIGHTING,2026-10-30T22:40:00Z,"
                + "53.8132,-3.0541,Car park,Amber Testchild,CHILD,VICTIM, Amb ; A.T. ,07700 900123")).json();

        assertThat(JSON.readTree(json)).isEqualTo(JSON.readTree("""
                {"agency":"POLICE","submissionRef":"R1","submittedBy":"PC 1","submittedAt":"2026-11-02T10:15:00Z",
                 "grading":{"source":2,"intelligence":"B","handling":"P"},
                 "entities":[
                   {"ref":"location","type":"LOCATION","name":"Car park","lat":53.8132,"lon":-3.0541},
                   {"ref":"person1","type":"PERSON","name":"Amber Testchild","roles":["CHILD"],"aliases":["Amb","A.T."]},
                   {"ref":"person1Phone","type":"PHONE","number":"07700 900123"}],
                 "links":[{"from":"person1","to":"person1Phone","type":"USES"}],
                 "incidents":[{"ref":"incident","incidentType":"SIGHTING","occurredAt":"2026-10-30T22:40:00Z",
                   "lat":53.8132,"lon":-3.0541,"location":"location","involved":[{"ref":"person1","role":"VICTIM"}]}]}
                """));
    }

    @Test
    void shouldLeaveTextThatIsNotANumberForValidationToReportByColumn() throws IOException {
        IncidentCsv csv = new IncidentCsv(header(), JSON);

        String json = csv.toSubmission(record("POLICE,R1,PC,2026-11-02T10:15:00Z,two,B,P,CONCERN,2026-10-30T22:40:00Z")).json();

        assertThat(JSON.readTree(json).get("grading").get("source").asText()).isEqualTo("two");
        assertThat(JSON.readTree(json).get("grading").get("source").isTextual()).isTrue();
    }

    @Test
    void shouldNameTheColumnAnErrorCameFromByTheLongestKnownPath() throws IOException {
        IncidentCsv csv = new IncidentCsv(header("postcode", "person1Name", "person1Role", "person1Vrm"), JSON);
        IncidentCsv.Row row = csv.toSubmission(record("POLICE,R1,PC,2026-11-02T10:15:00Z,2,B,P,CONCERN,2026-10-30T22:40:00Z,"
                + "FY1 1AD,Ann Example,BYSTANDER,YX19 ABC"));

        InvalidRequest named = row.inColumns(new InvalidRequest(List.of(
                new FieldError("incidents[0].involved[0].role", "must be one of VICTIM, SUSPECT"),
                new FieldError("entities[1].vrm", "is not a VRM"),
                new FieldError("incidents[0].postcode", "is unknown"),
                new FieldError("entities[0].nickname", "is not a field"),
                new FieldError("narrative", "is too long"))));

        assertThat(named.errors()).extracting(FieldError::field)
                .containsExactly("person1Role", "person1Vrm", "postcode", "person1Name", "narrative");
    }

    @Test
    void shouldRefuseAnIdentifierWithoutItsScheme() throws IOException {
        IncidentCsv csv = new IncidentCsv(header("person1Name", "person1Id"), JSON);

        assertThatThrownBy(() -> csv.toSubmission(record("POLICE,R1,PC,2026-11-02T10:15:00Z,2,B,P,CONCERN,2026-10-30T22:40:00Z,Ann,LCS-1")))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("person1IdScheme", "is required when person1Id is given")));
    }
}
