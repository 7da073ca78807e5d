package org.hygiene.lessons.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.RowCursor;
import org.hygiene.lessons.logs.Schema;
import org.hygiene.lessons.logs.bytes.LiteralSearch;
import org.hygiene.lessons.logs.formats.LogFormat;

/**
 * Check one line-per-record log (HttpProxy, ECP Server, OAB generator, IIS): scan its bytes for the
 * check's literal, parse only the kept lines with the format's reader, and apply the rules. One
 * instance per worker thread; it reuses its scanner's buffer from file to file.
 */
final class FileCheck {
    private final LineScanner scanner = new LineScanner();
    private final LineRules rules;
    private final Results results;
    private boolean sawData;
    private boolean sawTime;

    FileCheck(LineRules rules, Results results) {
        this.rules = rules;
        this.results = results;
    }

    /** What is being read: its name for people, its path for rules, its format and schema. */
    record Target(
            String display,
            String path,
            LogFormat format,
            Schema schema,
            String source,
            String fields) {}

    void check(Target target, InputStream in) throws IOException {
        String table = target.format().table();
        LiteralSearch literals = rules.literals(table, target.path(), target.fields());
        KeptLines kept =
                new KeptLines(
                        new KeptLines.Consumer() {
                            @Override
                            public void batch(KeptLines lines) {
                                parse(target, lines);
                            }

                            @Override
                            public void overlong(long number, boolean candidate) {
                                if (candidate) {
                                    results.unchecked(
                                            target.display() + ":" + number,
                                            "a line over 1 MiB that may hold a hit was skipped");
                                }
                            }
                        });
        sawData = false;
        sawTime = false;
        try {
            scanner.scan(in, literals, kept);
            kept.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (sawData && !sawTime) {
            results.unreadable(target.display(), "no record could be read as a " + table + " log");
        }
    }

    private void parse(Target target, KeptLines lines) {
        Row[] rows = new Row[lines.count()];
        try (RowCursor cursor =
                target.format()
                        .open(
                                lines.stream(),
                                target.display(),
                                target.schema(),
                                org.hygiene.lessons.logs.RawFilter.ALL)) {
            Row row;
            while ((row = cursor.next()) != null) {
                int index = (int) row.origin().line() - 1;
                if (index >= 0 && index < rows.length) {
                    rows[index] = row;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < rows.length; i++) {
            int flags = lines.flags(i);
            if (flags == LineScanner.DIRECTIVE) {
                continue;
            }
            Row row = rows[i];
            sawData = true;
            if (row != null && row.get(0) instanceof Instant time) {
                results.seen(target.source(), time);
                sawTime = true;
            }
            if ((flags & LineScanner.CANDIDATE) != 0) {
                String where = target.display() + ":" + lines.number(i);
                List<Finding> found = new ArrayList<>();
                boolean readable =
                        rules.apply(
                                target,
                                row,
                                lines.raw(i),
                                target.display(),
                                lines.number(i),
                                found);
                found.forEach(results::add);
                if (!readable) {
                    results.unchecked(where, "a line that may hold a hit could not be read");
                }
            }
        }
    }

    /** The log-age source of an Exchange or IIS log, from its path; null when it has none. */
    static String source(String table, String path) {
        String p = path.toLowerCase(Locale.ROOT);
        switch (table) {
            case "HttpProxy":
                int at = p.indexOf("/httpproxy/");
                if (at < 0) {
                    return "HttpProxy";
                }
                String rest = p.substring(at + "/httpproxy/".length());
                int slash = rest.indexOf('/');
                return slash < 0 ? "HttpProxy" : proxySource(rest.substring(0, slash));
            case "EcpServer":
                return "Ecp";
            case "OabGenerator":
                return "OabGen";
            case "W3CIISLog":
                String site = org.hygiene.lessons.logs.formats.IisLogFormat.siteName(path);
                return site.isEmpty() ? "IIS" : "IIS " + site;
            default:
                return null;
        }
    }

    private static String proxySource(String folder) {
        switch (folder) {
            case "autodiscover":
                return "AutoD";
            case "ecp":
                return "EcpProxy";
            case "owacalendar":
                return "OwaCal";
            case "powershell":
                return "Powershell";
            case "rpchttp":
                return "RpcHttp";
            default:
                return folder.isEmpty()
                        ? "HttpProxy"
                        : Character.toUpperCase(folder.charAt(0)) + folder.substring(1);
        }
    }
}
