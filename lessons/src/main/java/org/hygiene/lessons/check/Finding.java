package org.hygiene.lessons.check;

import java.time.Instant;
import java.util.List;

/**
 * One suspicious record: what kind, when (null if the record has no readable time), from which
 * address (may be empty), where it was read ({@code file:line}), and its values in the columns of
 * {@link FindingKind#columns()}.
 */
record Finding(
        FindingKind kind,
        Instant time,
        String address,
        String file,
        long line,
        List<String> values) {
    Finding {
        address = address == null ? "" : address;
        values = List.copyOf(values.stream().map(v -> v == null ? "" : v).toList());
    }

    String where() {
        return line > 0 ? file + ":" + line : file;
    }
}
