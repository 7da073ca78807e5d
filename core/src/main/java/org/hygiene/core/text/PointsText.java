package org.hygiene.core.text;

/** Points as people read them: two decimals at most, none when whole ({@code 2}, {@code 2.17}). */
public final class PointsText {
    private PointsText() {}

    public static String format(double points) {
        double r = round(points);
        return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
    }

    /** Points kept to two decimals, as {@link #format} shows them. */
    public static double round(double points) {
        return Math.round(points * 100) / 100.0;
    }
}
