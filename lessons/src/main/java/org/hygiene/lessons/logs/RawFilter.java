package org.hygiene.lessons.logs;

import java.util.Optional;

/**
 * A cheap test on a record's raw text, applied before the record is parsed. It may let through
 * records that the query later rejects, but must never drop one the query would keep.
 */
@FunctionalInterface
public interface RawFilter {
    RawFilter ALL = raw -> true;

    boolean mayMatch(CharSequence rawRecord);

    /**
     * The literal this filter searches for, when it is exactly "contains this literal, ignoring
     * ASCII case": a reader may then search raw bytes and skip the records without it undecoded.
     * Empty for any other filter.
     */
    default Optional<String> literal() {
        return Optional.empty();
    }

    /** Keep records whose raw text contains {@code literal}, ignoring ASCII case. */
    static RawFilter containsIgnoreCase(String literal) {
        String needle = literal.toLowerCase(java.util.Locale.ROOT);
        return new RawFilter() {
            @Override
            public boolean mayMatch(CharSequence raw) {
                return Text.indexOfIgnoreCase(raw, needle) >= 0;
            }

            @Override
            public Optional<String> literal() {
                return Optional.of(literal);
            }
        };
    }
}
