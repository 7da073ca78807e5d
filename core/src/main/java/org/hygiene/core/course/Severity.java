package org.hygiene.core.course;

import java.util.Locale;

/** How bad a content problem is: an error breaks a learner's session, a warning is a risk. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word used in reports ({@code error}, {@code warning}). */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
