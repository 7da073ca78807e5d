package org.hygiene.lessons.check;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.bytes.Literals;

/**
 * Apply the checks to one candidate line of a line-per-record log: Test-ProxyLogon's conditions
 * ({@link ProxyLogonRules}) on HttpProxy, ECP Server and OAB generator lines, and the IIS
 * heuristics on IIS lines.
 */
final class Rules {
    private static final Literals HTTP_PROXY = Literals.of(ProxyLogonRules.SSRF_LITERAL);
    private static final Literals ECP = Literals.of("VirtualDirectory");
    private static final Literals OAB = Literals.of(ProxyLogonRules.OAB_PHRASE);
    private static final Literals[] IIS = new Literals[4];

    static {
        for (int i = 0; i < 4; i++) {
            IIS[i] = Literals.of(IisHeuristics.literals((i & 1) != 0, (i & 2) != 0));
        }
    }

    private final String exchangeInstallPath;

    /**
     * {@code exchangeInstallPath}: where Exchange was installed on the server the logs are from.
     */
    Rules(String exchangeInstallPath) {
        this.exchangeInstallPath = exchangeInstallPath;
    }

    /**
     * The literals a line of {@code table} must hold to be worth parsing; {@code fields} is the
     * file's {@code #Fields} directive, or null.
     */
    Literals literals(String table, String path, String fields) {
        switch (table) {
            case "HttpProxy":
                return HTTP_PROXY;
            case "EcpServer":
                return ECP;
            case "OabGenerator":
                return OAB;
            default:
                boolean backEnd =
                        org.hygiene.lessons.logs.formats.IisLogFormat.siteName(path)
                                .equals("Exchange Back End");
                boolean methodThenStem =
                        fields != null && (" " + fields + " ").contains(" cs-method cs-uri-stem ");
                return IIS[(backEnd ? 1 : 0) | (methodThenStem ? 2 : 0)];
        }
    }

    /**
     * Check one candidate; add what it finds to {@code found}. Returns false when the line needed
     * parsing and could not be parsed, so it can be reported instead of silently passed over.
     */
    boolean apply(
            FileCheck.Target target,
            Row row,
            String raw,
            String file,
            long line,
            List<Finding> found) {
        switch (target.format().table()) {
            case "HttpProxy":
                if (row == null) {
                    return false;
                }
                httpProxy(target, row, file, line, found);
                return true;
            case "EcpServer":
                if (ProxyLogonRules.isScriptInVirtualDirectoryUrl(raw)) {
                    found.add(
                            new Finding(
                                    FindingKind.ECP_SCRIPT,
                                    time(row),
                                    "",
                                    file,
                                    line,
                                    List.of(text(time(row)), cmdlet(row, raw))));
                }
                return true;
            case "OabGenerator":
                Optional<String> path =
                        ProxyLogonRules.suspiciousOabDownloadPath(raw, exchangeInstallPath);
                path.ifPresent(
                        p ->
                                found.add(
                                        new Finding(
                                                FindingKind.OAB_DOWNLOAD,
                                                time(row),
                                                "",
                                                file,
                                                line,
                                                List.of(text(time(row)), p))));
                return true;
            default:
                if (row == null) {
                    return false;
                }
                iis(row, raw, file, line, found);
                return true;
        }
    }

    private void httpProxy(
            FileCheck.Target target, Row row, String file, long line, List<Finding> found) {
        String anchor = str(row, "AnchorMailbox");
        boolean ssrf = ProxyLogonRules.isSsrf(anchor);
        boolean reset =
                isEcpProxy(target.path(), row)
                        && ProxyLogonRules.isResetVirtualDirectory(anchor, num(row, "HttpStatus"));
        if (!ssrf && !reset) {
            return;
        }
        List<String> values =
                HttpProxyColumns.NAMES.stream()
                        .map(c -> c.equals("DateTime") ? text(time(row)) : str(row, c))
                        .toList();
        String address = str(row, "ClientIpAddress");
        if (ssrf) {
            found.add(new Finding(FindingKind.SSRF, time(row), address, file, line, values));
        }
        if (reset) {
            found.add(new Finding(FindingKind.RESET_VDIR, time(row), address, file, line, values));
        }
    }

    /** Test-ProxyLogon reads {@code HttpProxy\Ecp}; files taken out of it keep their Protocol. */
    private static boolean isEcpProxy(String path, Row row) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.contains("/httpproxy/")) {
            return p.contains("/httpproxy/ecp/");
        }
        return "Ecp".equalsIgnoreCase(str(row, "Protocol"));
    }

    private static void iis(Row row, String raw, String file, long line, List<Finding> found) {
        IisHeuristics.Request r =
                new IisHeuristics.Request(
                        str(row, "csMethod"),
                        str(row, "csUriStem"),
                        str(row, "csUriQuery"),
                        str(row, "csUserAgent"),
                        str(row, "scStatus"),
                        str(row, "csUserName"),
                        str(row, "sSiteName"));
        List<String> matched = IisHeuristics.match(r, raw);
        if (matched.isEmpty()) {
            return;
        }
        found.add(
                new Finding(
                        FindingKind.IIS_HEURISTIC,
                        time(row),
                        str(row, "cIP"),
                        file,
                        line,
                        List.of(
                                String.join(" ", matched),
                                text(time(row)),
                                str(row, "cIP"),
                                r.method(),
                                r.stem(),
                                r.query(),
                                r.userAgent(),
                                r.status(),
                                r.site())));
    }

    private static String cmdlet(Row row, String raw) {
        String cmd = row == null ? null : str(row, "CMD");
        if (cmd != null && !cmd.isEmpty()) {
            return cmd;
        }
        int at = raw.indexOf("S:CMD=");
        return at < 0 ? raw : raw.substring(at + "S:CMD=".length());
    }

    static Instant time(Row row) {
        return row != null && row.get(0) instanceof Instant t ? t : null;
    }

    static String text(Instant time) {
        return time == null ? "" : time.toString();
    }

    static String str(Row row, String column) {
        Object v = row.get(column);
        return v == null ? "" : v.toString();
    }

    private static Long num(Row row, String column) {
        Object v = row.get(column);
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
