package org.linkmap.model.identity;

import java.time.LocalDate;
import java.util.List;

/**
 * What matching compares of a person record.
 *
 * @param shared descriptions of the phones, vehicles, accounts and addresses this record shares with the one it
 *               is compared with, for example "phone +447700900123" (empty on the record being matched)
 */
public record PersonRecord(String id, String name, List<String> aliases, LocalDate dob, Integer dobYear, String gender,
                           List<String> shared) {

    public PersonRecord {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        shared = shared == null ? List.of() : List.copyOf(shared);
    }

    Integer birthYear() {
        return dob != null ? Integer.valueOf(dob.getYear()) : dobYear;
    }
}
