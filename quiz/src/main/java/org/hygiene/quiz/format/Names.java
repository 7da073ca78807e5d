package org.hygiene.quiz.format;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Ids from headings, and "did you mean" suggestions for misspelt keys. */
public final class Names {
    private Names() {}

    /** A lower-case, dash-separated id from free text, at most about 40 characters. */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s =
                ascii.toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-+|-+$", "");
        if (s.length() > 40) {
            int cut = s.lastIndexOf('-', 40);
            s = s.substring(0, cut > 10 ? cut : 40);
        }
        return s.isEmpty() ? "q" : s;
    }

    /** The known name closest to {@code name}, if it is close enough to be a typo. */
    public static Optional<String> suggest(String name, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return bestDistance <= Math.max(2, name.length() / 4)
                ? Optional.ofNullable(best)
                : Optional.empty();
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

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
