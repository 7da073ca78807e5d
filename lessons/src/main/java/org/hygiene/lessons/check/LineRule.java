package org.hygiene.lessons.check;

import java.util.List;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.bytes.LiteralSearch;

/** The checks for the lines of one log table: which lines are worth parsing, and what they hold. */
abstract class LineRule {
    private final LiteralSearch literals;

    /** {@code literals}: what every line worth parsing holds, or null if it depends on the file. */
    LineRule(LiteralSearch literals) {
        this.literals = literals;
    }

    /**
     * The literals a line must hold to be worth parsing; {@code fields} is the file's {@code
     * #Fields} directive, or null.
     */
    LiteralSearch literals(String path, String fields) {
        return literals;
    }

    /**
     * Check one candidate; add what it finds to {@code found}. Returns false when the line needed
     * parsing and could not be parsed, so it can be reported instead of silently passed over.
     */
    abstract boolean apply(Candidate candidate, List<Finding> found);

    /** A line worth parsing: its file, its row (null when it did not parse) and its raw text. */
    record Candidate(FileCheck.Target target, Row row, String raw, String file, long line) {}
}
