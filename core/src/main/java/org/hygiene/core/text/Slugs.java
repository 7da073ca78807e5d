package org.hygiene.core.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Ids made from free text: lower-case ASCII letters, digits and dashes. The one slug maker: quiz,
 * question and lesson ids all come from here, so one heading gives one id everywhere.
 */
public final class Slugs {
    private Slugs() {}

    /** A lower-case, dash-separated id from free text, at most about 40 characters. */
    public static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder s = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = Character.toLowerCase(ascii.charAt(i));
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue; // the accent of a decomposed letter
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && s.length() > 0) {
                    s.append('-');
                }
                s.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        String out = s.toString().toLowerCase(Locale.ROOT);
        if (out.length() > 40) {
            int cut = out.lastIndexOf('-', 40);
            out = out.substring(0, cut > 10 ? cut : 40);
        }
        return out.isEmpty() ? "q" : out;
    }
}
