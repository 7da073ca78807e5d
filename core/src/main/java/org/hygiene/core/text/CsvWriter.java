package org.hygiene.core.text;

import java.util.List;

/**
 * Write CSV that spreadsheets open safely: RFC 4180 quoting, CRLF line ends, and a cell that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return, as
 * OWASP's CSV-injection guidance lists) prefixed with {@code '}. Plain numbers such as {@code
 * -0.33} are left as numbers.
 */
public final class CsvWriter {
    private CsvWriter() {}

    /** One row, ending in CRLF. */
    public static String row(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells.get(i)));
        }
        return b.append("\r\n").toString();
    }

    /** One cell, guarded and quoted when it needs to be. */
    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (formula(v)) {
            v = "'" + v;
        }
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    private static boolean formula(String v) {
        if (v.isEmpty() || "=+-@\t\r".indexOf(v.charAt(0)) < 0) {
            return false;
        }
        return !number(v);
    }

    /** A plain decimal number, optionally signed: {@code -12}, {@code +0.5}. */
    private static boolean number(String v) {
        int i = v.charAt(0) == '-' || v.charAt(0) == '+' ? 1 : 0;
        boolean digits = false;
        boolean dot = false;
        for (; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return false;
            }
        }
        return digits;
    }
}
