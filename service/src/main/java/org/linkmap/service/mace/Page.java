package org.linkmap.service.mace;

import java.util.List;

/** A list answer: how many match, and the page asked for. */
record Page<T>(long total, List<T> items) {

    static <T> Page<T> of(List<T> all, int limit, int offset) {
        return new Page<>(all.size(), all.stream().skip(offset).limit(limit).toList());
    }
}
