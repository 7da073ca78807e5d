package org.hygiene.quiz.format;

import com.google.re2j.Pattern;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Ids from headings, and "did you mean" suggestions for misspelt keys. */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private Names() {}

    /** A lower-case, dash-separated id from free text, at most about 40 characters. */
    public static String slug(String text) {
        String ascii =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String s =
                EDGE_DASHES
                        .matcher(
                                NOT_ALPHANUMERIC
                                        .matcher(ascii.toLowerCase(Locale.ROOT))
                                        .replaceAll("-"))
                        .replaceAll("");
        if (s.length() > 40) {
            int cut = s.lastIndexOf('-', 40);
            s = s.substring(0, cut > 10 ? cut : 40);
        }
        return s.isEmpty() ? "q" : s;
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
