package org.hygiene.quiz.model;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.Locale;
import java.util.Optional;

/**
 * An accepted number: {@code 241}, {@code 9.1 ± 0.05} (also {@code +-} or GIFT's {@code 9.1:0.05}),
 * or a range {@code 9..10}. Only author-written content is matched here, never learner input.
 */
public record NumberSpec(double min, double max) {
    private static final String NUM = "[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?";
    private static final Pattern RANGE =
            Pattern.compile("(" + NUM + ")\\s*\\.\\.\\s*(" + NUM + ")");
    private static final Pattern TOLERANCE =
            Pattern.compile("(" + NUM + ")\\s*(?:±|\\+-|\\+/-|:)\\s*(" + NUM + ")");
    private static final Pattern SINGLE = Pattern.compile(NUM);

    public static Optional<NumberSpec> parse(String text) {
        return parseFinite(text).filter(n -> Double.isFinite(n.value() + n.tolerance()));
    }

    /**
     * The spec, or empty; a number past {@code double}'s range ({@code 1e400}) would make an
     * infinite bound and a {@code NaN} middle, so it is no number here.
     */
    private static Optional<NumberSpec> parseFinite(String text) {
        String s = text.strip().replace("`", "");
        Matcher m = RANGE.matcher(s);
        if (m.matches()) {
            double a = Double.parseDouble(m.group(1));
            double b = Double.parseDouble(m.group(2));
            return Optional.of(new NumberSpec(Math.min(a, b), Math.max(a, b)));
        }
        m = TOLERANCE.matcher(s);
        if (m.matches()) {
            double v = Double.parseDouble(m.group(1));
            double t = Math.abs(Double.parseDouble(m.group(2)));
            return Optional.of(new NumberSpec(v - t, v + t));
        }
        if (SINGLE.matcher(s).matches()) {
            double v = Double.parseDouble(s);
            return Optional.of(new NumberSpec(v, v));
        }
        return Optional.empty();
    }

    /** Parse what a learner typed: a plain number, spaces and thousands separators allowed. */
    public static Optional<Double> parseAnswer(String typed) {
        String s = typed.strip().replace(",", "").replace("_", "");
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip(); // "25%" answers "in percent" as 25 does
        }
        if (s.length() > 40 || !SINGLE.matcher(s).matches()) {
            return Optional.empty();
        }
        double v = Double.parseDouble(s);
        return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
    }

    public boolean accepts(double value) {
        double slack = 1e-9 * Math.max(1, Math.abs(max));
        return value >= min - slack && value <= max + slack;
    }

    public double value() {
        return (min + max) / 2;
    }

    public double tolerance() {
        return (max - min) / 2;
    }

    /** The GIFT form {@code value:tolerance}. */
    public String gift() {
        return format(value()) + ":" + format(tolerance());
    }

    /** The Markdown form, as an author would write it. */
    public String markdown() {
        if (min == max) {
            return format(min);
        }
        return format(value()) + " ± " + format(tolerance());
    }

    public static String format(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf((long) d);
        }
        String s = String.format(Locale.ROOT, "%.6f", d);
        return NumberText.withoutTrailingZeros(s);
    }
}
