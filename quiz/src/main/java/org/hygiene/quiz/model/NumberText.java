package org.hygiene.quiz.model;

/** Format numbers for quiz files the way authors write them. */
public final class NumberText {
    private NumberText() {}

    /** Drop trailing zeros, then a trailing point: {@code "2.50000"} becomes {@code "2.5"}. */
    public static String withoutTrailingZeros(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '0') {
            end--;
        }
        if (end > 0 && s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }
}
