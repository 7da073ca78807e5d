package org.hygiene.quiz.model;

/** How a multiple-answer (or ordering) question is marked. */
public enum Scoring {
    /** Full points for exactly the right answer, nothing otherwise. */
    ALL_OR_NOTHING,
    /** Credit for each right choice, less for each wrong one. */
    PARTIAL;

    public String label() {
        return this == PARTIAL ? "partial" : "all-or-nothing";
    }
}
