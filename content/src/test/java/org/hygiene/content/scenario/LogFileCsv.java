package org.hygiene.content.scenario;

/**
 * Quote fields as Exchange and PowerShell write them into their own logs. Only for generating log
 * fixtures: these are the server's bytes, unguarded on purpose. Hygiene's own CSV output goes
 * through {@code core.text.CsvWriter}, which has the formula guard.
 */
final class LogFileCsv {
    private LogFileCsv() {}

    /** Quote a value when it needs it. */
    static String quote(String value) {
        if (value.indexOf(',') < 0
                && value.indexOf('"') < 0
                && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** Quote a value always, as PowerShell's {@code Export-Csv} does. */
    static String quoteAlways(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
