package org.hygiene.quiz.format;

import java.util.Collection;
import org.hygiene.core.text.Suggest;

/** The message for a misspelt key: what was unknown, a "did you mean", and what is known. */
final class UnknownName {
    private UnknownName() {}

    static String message(String what, String name, Collection<String> known) {
        return "unknown "
                + what
                + " '"
                + name
                + "'"
                + Suggest.nearest(name, known).map(s -> " (did you mean '" + s + "'?)").orElse("")
                + "; known: "
                + String.join(", ", known);
    }
}
