package org.hygiene.quiz.format;

import java.util.Collection;
import java.util.Optional;

/** Ids from headings, and "did you mean" suggestions for misspelt keys. */
public final class Names {
    private Names() {}

    /** A lower-case, dash-separated id from free text, at most about 40 characters. */
    public static String slug(String text) {
        return org.hygiene.core.text.Slugs.of(text);
    }

    /** The known name closest to {@code name}, if it is close enough to be a typo. */
    public static Optional<String> suggest(String name, Collection<String> known) {
        return org.hygiene.core.text.Suggest.nearest(name, known);
    }

    static String unknown(String what, String name, Collection<String> known) {
        return "unknown "
                + what
                + " '"
                + name
                + "'"
                + suggest(name, known).map(s -> " (did you mean '" + s + "'?)").orElse("")
                + "; known: "
                + String.join(", ", known);
    }
}
