package org.hygiene.lessons.logs;

/**
 * A cheap test on a record's raw text, applied before the record is parsed. It may let through
 * records that the query later rejects, but must never drop one the query would keep.
 */
@FunctionalInterface
public interface RawFilter {
    RawFilter ALL = raw -> true;

    boolean mayMatch(CharSequence rawRecord);

    /** Keep records whose raw text contains {@code literal}, ignoring ASCII case. */
    static RawFilter containsIgnoreCase(String literal) {
        String needle = literal.toLowerCase(java.util.Locale.ROOT);
        return raw -> org.hygiene.lessons.logs.Text.indexOfIgnoreCase(raw, needle) >= 0;
    }
}
