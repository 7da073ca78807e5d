package org.hygiene.core.text;

/** Points as people read them: two decimals at most, none when whole ({@code 2}, {@code 2.17}). */
public final class PointsText {
    private PointsText() {}

    public static String format(double points) {
        double r = Math.round(points * 100) / 100.0;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
    }
}
