package org.hygiene.content.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Write the IIS W3C logs of the front end (W3SVC1, port 443) and the back end (W3SVC2, port 444),
 * one {@code u_exYYMMDD.log} per day, with a fresh header block whenever IIS restarted.
 */
final class IisLogWriter {
    static final String FIELDS =
            "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip"
                + " cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken";
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
                    .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FILE =
            DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);
    private static final List<String> EXCHANGE_VDIRS =
            List.of(
                    "/owa",
                    "/ecp",
                    "/ews",
                    "/mapi",
                    "/autodiscover",
                    "/oab",
                    "/microsoft-server-activesync",
                    "/rpc",
                    "/powershell");

    private IisLogWriter() {}

    static void write(Path root, List<Hit> hits) throws IOException {
        Map<LocalDate, List<String>> front = new TreeMap<>();
        Map<LocalDate, List<String>> back = new TreeMap<>();
        Map<LocalDate, Instant> lastFront = new TreeMap<>();
        Map<LocalDate, Instant> lastBack = new TreeMap<>();
        for (Hit hit : hits) {
            add(front, lastFront, hit.at, frontLine(hit));
            if (hit.protocol != null && hit.reachesBackend) {
                Instant at = hit.at.minusMillis(3);
                add(back, lastBack, at, backLine(hit, at));
            }
        }
        Path logs = root.resolve("inetpub/logs/LogFiles");
        writeAll(logs.resolve("W3SVC1"), front, true);
        writeAll(logs.resolve("W3SVC2"), back, false);
    }

    /** Add a line, preceded by a header when the file starts or IIS restarted before it. */
    private static void add(
            Map<LocalDate, List<String>> files,
            Map<LocalDate, Instant> last,
            Instant at,
            String line) {
        LocalDate day = at.atZone(ZoneOffset.UTC).toLocalDate();
        List<String> lines = files.computeIfAbsent(day, d -> new ArrayList<>());
        Instant previous = last.get(day);
        if (previous == null || restartedBetween(previous, at)) {
            lines.add("#Software: Microsoft Internet Information Services 10.0");
            lines.add("#Version: 1.0");
            lines.add("#Date: " + DATE.format(at));
            lines.add(FIELDS);
        }
        last.put(day, at);
        lines.add(line);
    }

    private static boolean restartedBetween(Instant a, Instant b) {
        return a.isBefore(Story.UPGRADE) && !b.isBefore(Story.UPGRADE)
                || a.isBefore(Story.PATCHED) && !b.isBefore(Story.PATCHED);
    }

    private static void writeAll(Path dir, Map<LocalDate, List<String>> files, boolean front)
            throws IOException {
        for (Map.Entry<LocalDate, List<String>> file : files.entrySet()) {
            Path path = dir.resolve("u_ex" + FILE.format(file.getKey()) + ".log");
            List<String> lines = file.getValue();
            boolean lastDay = file.getKey().equals(Story.LAST_DAY);
            try (OutputStream out = ScenarioFiles.create(path)) {
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (front && lastDay && i == lines.size() - 1) {
                        // The responder copied the live log while IIS was writing to it.
                        ScenarioFiles.write(out, line.substring(0, line.length() * 2 / 3));
                    } else {
                        ScenarioFiles.write(out, line + ScenarioFiles.CRLF);
                    }
                }
            }
        }
    }

    static String frontLine(Hit hit) {
        return String.join(
                " ",
                DATE.format(hit.at),
                Story.SERVER_IP,
                hit.method,
                hit.stem,
                frontQuery(hit),
                "443",
                dash(hit.user),
                hit.clientIp,
                agent(hit.userAgent),
                dash(hit.referer),
                Integer.toString(hit.status),
                Integer.toString(hit.subStatus),
                Integer.toString(hit.win32),
                Integer.toString(hit.timeTaken));
    }

    private static String backLine(Hit hit, Instant at) {
        String stem = hit.backendStem != null ? hit.backendStem : hit.stem;
        String query = hit.backendStem != null ? hit.backendQuery : hit.query;
        String user = hit.backendUser != null ? hit.backendUser : hit.user;
        if (hit.protocol.equals("Eas") && query != null) {
            query +=
                    "&Log=V161_LdapC0_LdapL0_RpcC"
                            + (hit.timeTaken % 17)
                            + "_RpcL"
                            + (hit.timeTaken % 23)
                            + "_Hb"
                            + (hit.protocolAction.equals("Ping") ? 480 : 0)
                            + "_Rto1_S1_";
        }
        return String.join(
                " ",
                DATE.format(at),
                Story.SERVER_IP,
                hit.method,
                stem,
                dash(query),
                "444",
                dash(user),
                Story.SERVER_IP,
                agent(hit.userAgent),
                "-",
                Integer.toString(hit.backendStatus()),
                "0",
                "0",
                Integer.toString(Math.max(1, hit.timeTaken - 6)));
    }

    private static String frontQuery(Hit hit) {
        String lower = hit.stem.toLowerCase(Locale.ROOT);
        boolean exchange = EXCHANGE_VDIRS.stream().anyMatch(lower::startsWith);
        if (!exchange) {
            return dash(hit.query);
        }
        String base = hit.query == null || hit.query.isEmpty() ? "" : hit.query;
        return base + "&CorrelationID=<empty>;&cafeReqId=" + hit.requestId + ";&encoding=;";
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() ? "-" : s.replace(' ', '+');
    }

    private static String agent(String ua) {
        return dash(ua);
    }
}
