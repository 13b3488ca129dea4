package org.linkmap.service.mace;

import java.util.List;
import java.util.function.Function;

import org.neo4j.driver.Record;

/** A list answer: how many match, and the page asked for. */
record Page<T>(long total, List<T> items) {

    /**
     * The page a query paged itself gives: each row carries {@code total}, and a page past the end is one row with
     * no {@code id}.
     */
    static <T> Page<T> ofRows(List<Record> rows, Function<Record, T> item) {
        long total = rows.isEmpty() ? 0 : rows.get(0).get("total").asLong();
        return new Page<>(total, rows.stream().filter(r -> !r.get("id").isNull()).map(item).toList());
    }

    static <T> Page<T> of(List<T> all, int limit, int offset) {
        return new Page<>(all.size(), all.stream().skip(offset).limit(limit).toList());
    }
}
