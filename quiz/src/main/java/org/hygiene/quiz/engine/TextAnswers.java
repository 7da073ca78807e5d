package org.hygiene.quiz.engine;

import com.google.re2j.Pattern;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalise typed text answers the way exercise answers are: Unicode compatibility form, case, runs
 * of spaces, surrounding quotes or backticks and a final full stop do not matter.
 */
public final class TextAnswers {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private TextAnswers() {}

    public static String normalise(String text) {
        String s =
                Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        s = WHITESPACE.matcher(s).replaceAll(" ");
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        while (s.length() >= 2 && isQuote(s.charAt(0)) && s.charAt(s.length() - 1) == s.charAt(0)) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    public static boolean matches(String typed, String accepted) {
        return normalise(typed).equals(normalise(accepted.replace("`", "")));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '`';
    }
}
