package org.hygiene.lessons.check;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Published IIS signals of ProxyLogon and its web shells (reference section 3a): Sigma's HAFNIUM
 * and CVE-2021-26858 rules, Azure Sentinel's back-end request pattern, signature-base's log regexes
 * and a widely shared grep. Test-ProxyLogon reads no IIS log, so these are heuristics, reported
 * apart from its checks: a match deserves a look, not a verdict.
 */
final class IisHeuristics {
    /**
     * Literals at least one of which every matching line holds, for the raw pre-filter. When the
     * header puts {@code cs-method} right before {@code cs-uri-stem}, as IIS does by default, the
     * ECP rules (all about POSTs to {@code /ecp/}, or {@code /ecp/y.js}) need {@code POST /ecp/},
     * which is far rarer than {@code /ecp/}. The back-end pattern ({@code t=} query) only applies
     * to {@code Exchange Back End} files.
     */
    static List<String> literals(boolean backEnd, boolean methodThenStem) {
        List<String> all =
                new ArrayList<>(
                        List.of(
                                "/owa/auth/current/",
                                "/owa/auth/w.js",
                                "/aspnet_client/",
                                "system_web/",
                                "antsword",
                                "googlebot",
                                "baiduspider",
                                "/rpc/ &correlationid=<empty>;&requestid="));
        if (methodThenStem) {
            all.add("post /ecp/");
            all.add("/ecp/y.js");
        } else {
            all.add("/ecp/");
        }
        if (backEnd) {
            all.add(" t=");
        }
        return List.copyOf(all);
    }

    private static final Pattern SIG_BASE_POST =
            Pattern.compile(
                    "POST /(ecp/y\\.js|ecp/main\\.css|ecp/default\\.flt|ecp/auth/w\\.js|owa/auth/w\\.js)[^\\n"
                        + "]{100,600} (200|301|302) ");
    private static final Pattern SIG_BASE_RPC =
            Pattern.compile(
                    "GET /rpc/ &CorrelationID=<empty>;&RequestId=[^\\n]{40,600} (200|301|302)");
    private static final Pattern CAPUANO =
            Pattern.compile(
                    "((POST.*/aspnet_client/)|(system_web/[A-Za-z0-9]{8}\\.aspx|/ecp/y\\.js)).*2[0-9]{2}\\s[0-9]+");

    private IisHeuristics() {}

    /** One IIS request, as the rules read it. */
    record Request(
            String method,
            String stem,
            String query,
            String userAgent,
            String status,
            String user,
            String site) {}

    /** The names of the rules {@code r} (and its raw line) match, in a stable order. */
    static List<String> match(Request r, String rawLine) {
        List<String> rules = new ArrayList<>();
        String method = nz(r.method());
        String stem = nz(r.stem()).toLowerCase(Locale.ROOT);
        String query = nz(r.query()).toLowerCase(Locale.ROOT);
        String ua = nz(r.userAgent()).toLowerCase(Locale.ROOT);
        boolean post = method.equalsIgnoreCase("POST");
        if (post && sigmaHafnium(stem, query, ua)) {
            rules.add("sigma:hafnium-exchange-exploitation");
        }
        if (post
                && "200".equals(r.status())
                && stem.equals("/ecp/ddi/ddiservice.svc/setobject")
                && query.contains("schema=reset")
                && query.contains("virtualdirectory")
                && nz(r.user()).endsWith("$")) {
            rules.add("sigma:cve-2021-26858-iis");
        }
        if ("Exchange Back End".equals(r.site()) && query.startsWith("t=")) {
            rules.add("sentinel:hafnium-suspicious-exchange-request");
        }
        if (SIG_BASE_POST.matcher(rawLine).find() || SIG_BASE_RPC.matcher(rawLine).find()) {
            rules.add("signature-base:hafnium-log-sigs");
        }
        if (CAPUANO.matcher(rawLine).find()) {
            rules.add("grep:ecapuano");
        }
        return rules;
    }

    /** Sigma web_exchange_exploitation_hafnium: its selections, as the rule states them. */
    private static boolean sigmaHafnium(String stem, String query, String ua) {
        String target = stem + " " + query;
        boolean ecp = stem.startsWith("/ecp/");
        if (query.contains("/owa/auth/current/themes/resources/")) {
            return true;
        }
        boolean crawler = ua.contains("bot") || ua.contains("spider") || ua.contains("crawl");
        if (target.contains("/owa/auth/current/") && crawler) {
            return true;
        }
        if (ecp
                && (ua.equals("exchangeservicesclient/0.0.0.0")
                        || ua.equals("python-requests/2.19.1")
                        || ua.equals("python-requests/2.25.1"))) {
            return true;
        }
        if ((target.contains("/aspnet_client/") || target.contains("/owa/"))
                && (ua.contains("antsword/v2.1")
                        || ua.contains("googlebot/2.1")
                        || ua.contains("baiduspider"))) {
            return true;
        }
        if (target.contains("/owa/auth/current/")
                || stem.equals("/ecp/default.flt")
                || stem.equals("/ecp/main.css")) {
            return true;
        }
        return ecp && stem.contains(".js");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
