package org.linkmap.service.mace;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.neo4j.driver.Record;

/** A MACE or operational-group meeting of one area on one date. */
record Meeting(String id, String kind, String area, LocalDate date, OffsetDateTime createdAt, String createdBy) {

    /** The kinds of meeting; DIRECT submissions go to no meeting. */
    enum Kind { MACE, OPERATIONAL_GROUP }

    static Meeting from(Record r) {
        return new Meeting(r.get("id").asString(), r.get("kind").asString(), r.get("area").asString(),
                r.get("date").asLocalDate(), r.get("createdAt").asOffsetDateTime(), r.get("createdBy").asString());
    }
}
