package org.hygiene.lessons.exercise.answer;

import java.math.BigDecimal;
import java.util.Locale;
import org.hygiene.core.text.LiteralSplitter;

/**
 * A number. Thousands separators ({@code 1,234}, {@code 1 234}, {@code 1_234}), a decimal comma, a
 * sign, an exponent and {@code 0x} hex are read; the canonical form is the plain decimal. A
 * tolerance is absolute ({@code 5}) or relative ({@code 2%}).
 */
public record NumberAnswer(BigDecimal tolerance, boolean relative) implements AnswerType {
    private static final int MAX_LENGTH = 60;

    public NumberAnswer {
        tolerance = tolerance == null ? BigDecimal.ZERO : tolerance.abs();
    }

    public static NumberAnswer exact() {
        return new NumberAnswer(BigDecimal.ZERO, false);
    }

    @Override
    public String name() {
        return "number";
    }

    @Override
    public String form() {
        return "a number, such as 74 or 1,250";
    }

    @Override
    public boolean hashable() {
        return tolerance.signum() == 0;
    }

    @Override
    public Normalized normalize(String raw) {
        String s = Texts.unwrap(raw).toLowerCase(Locale.ROOT).replace("_", "").replace("'", "");
        s = Texts.collapseSpaces(s);
        if (s.isEmpty()) {
            return Normalized.bad("The answer is empty.");
        }
        if (s.length() > MAX_LENGTH) {
            return Normalized.bad("That number is too long.");
        }
        if (s.endsWith("%") && s.length() > 1) {
            s = s.substring(0, s.length() - 1).strip(); // "25%" answers "in percent" as 25 does
        }
        s = groupedSpaces(s);
        if (s.startsWith("0x") || s.startsWith("-0x")) {
            try {
                boolean neg = s.startsWith("-");
                BigDecimal v =
                        new BigDecimal(new java.math.BigInteger(s.substring(neg ? 3 : 2), 16));
                return canonical(neg ? v.negate() : v);
            } catch (NumberFormatException e) {
                return Normalized.bad(
                        "'" + Texts.shorten(raw.strip()) + "' is not a hexadecimal number.");
            }
        }
        int commas = count(s, ',');
        if (commas > 0) {
            if (commas == 1 && !s.contains(".") && !groupsOfThree(s)) {
                s = s.replace(',', '.');
            } else if (groupsOfThree(s)) {
                s = s.replace(",", "");
            } else {
                return Normalized.bad(
                        "The commas in '"
                                + Texts.shorten(raw.strip())
                                + "' do not separate thousands.");
            }
        }
        try {
            BigDecimal v = new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
            if (Math.abs(v.scale()) > 1000) {
                return Normalized.bad("That number is out of range.");
            }
            return canonical(v);
        } catch (NumberFormatException | ArithmeticException e) {
            return Normalized.bad("'" + Texts.shorten(raw.strip()) + "' is not a number.");
        }
    }

    /** Drop spaces between digit groups ("1 234 567"), keep others so "12 ab" stays wrong. */
    private static String groupedSpaces(String s) {
        if (!s.contains(" ")) {
            return s;
        }
        String[] parts = LiteralSplitter.split(s, ' ');
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() < 3 || !Character.isDigit(parts[i].charAt(0))) {
                return s;
            }
        }
        return String.join("", parts);
    }

    private static boolean groupsOfThree(String s) {
        String whole = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
        String[] groups = LiteralSplitter.split(whole, ',', -1);
        if (groups.length < 2
                || groups[0].replace("-", "").replace("+", "").isEmpty()
                || groups[0].length() > 4) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    /**
     * The plain decimal of {@code v}, refused when longer than an answer may be: a canonical form
     * must read back as itself, and {@code 1e100} or a long hex number would not.
     */
    private static Normalized canonical(BigDecimal v) {
        String s = plain(v);
        return s.length() > MAX_LENGTH
                ? Normalized.bad("That number is out of range.")
                : Normalized.ok(s);
    }

    private static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    @Override
    public boolean matches(String given, String accepted) {
        BigDecimal g = new BigDecimal(given);
        BigDecimal a = new BigDecimal(accepted);
        BigDecimal allowed = relative ? a.abs().multiply(tolerance).movePointLeft(2) : tolerance;
        return g.subtract(a).abs().compareTo(allowed) <= 0;
    }
}
