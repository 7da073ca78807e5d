package org.hygiene.content.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hygiene.lessons.logs.formats.HttpProxyLogFormat;

/**
 * Write the HttpProxy logs, one file per protocol and day, rolled over when the services restart
 * (the CU18 upgrade and the March patch). The file written before the upgrade comes from the older
 * build and has its shorter {@code #Fields} line.
 */
final class HttpProxyLogWriter {
    /** Fields the older build's header lacks (illustrative: the exact CU17 set is not public). */
    static final List<String> MISSING_IN_OLD_BUILD =
            List.of("UrlHost", "RoutingType", "PartitionEndpointLookupLatency", "RoutingStatus");

    private static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("yyyyMMddHH", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String BE_VERSION = "1941997017";

    private HttpProxyLogWriter() {}

    static void write(Path root, List<Hit> hits, Rand rand) throws IOException {
        Map<String, List<Hit>> files = new LinkedHashMap<>();
        for (Hit hit : hits) {
            if (hit.protocol != null) {
                String key = hit.protocol + "/" + segment(hit.at);
                files.computeIfAbsent(key, k -> new ArrayList<>()).add(hit);
            }
        }
        Path dir = root.resolve(Story.EXCHANGE_DIR + "Logging/HttpProxy");
        for (List<Hit> file : files.values()) {
            Hit first = file.get(0);
            boolean old = first.build.equals(Story.OLD_BUILD);
            List<String> fields = new ArrayList<>(HttpProxyLogFormat.FIELDS);
            if (old) {
                fields.removeAll(MISSING_IN_OLD_BUILD);
            }
            Path path =
                    dir.resolve(first.protocol)
                            .resolve("HttpProxy_" + HOUR.format(first.at) + "-1.LOG");
            try (OutputStream out = ScenarioFiles.create(path)) {
                ScenarioFiles.write(
                        out, "#Software: Microsoft Exchange Server" + ScenarioFiles.CRLF);
                ScenarioFiles.write(out, "#Version: " + first.build + ScenarioFiles.CRLF);
                ScenarioFiles.write(out, "#Log-type: HttpProxy Logs" + ScenarioFiles.CRLF);
                ScenarioFiles.write(
                        out,
                        "#Date: "
                                + ScenarioFiles.iso(first.at.minusMillis(first.timeTaken + 40))
                                + ScenarioFiles.CRLF);
                ScenarioFiles.write(
                        out, "#Fields: " + String.join(",", fields) + ScenarioFiles.CRLF);
                for (Hit hit : file) {
                    Map<String, String> values = values(hit, rand);
                    List<String> line = new ArrayList<>();
                    for (String field : fields) {
                        line.add(LogFileCsv.quote(values.getOrDefault(field, "")));
                    }
                    ScenarioFiles.write(out, String.join(",", line) + ScenarioFiles.CRLF);
                }
            }
        }
    }

    /** Day plus a restart counter, so files roll over at the upgrade and at the patch. */
    private static String segment(Instant at) {
        String day = HOUR.format(at).substring(0, 8);
        int restarts = (at.isBefore(Story.UPGRADE) ? 0 : 1) + (at.isBefore(Story.PATCHED) ? 0 : 1);
        return day + "-" + restarts;
    }

    private static Map<String, String> values(Hit hit, Rand rand) {
        Map<String, String> v = new LinkedHashMap<>();
        boolean backend = hit.reachesBackend;
        int total = Math.max(1, hit.timeTaken - 2);
        int backendTime = backend ? Math.max(0, total - rand.between(3, 12)) : 0;
        Instant begin = hit.at.minusMillis(total);
        String[] build = hit.build.split("\\.");
        v.put("DateTime", ScenarioFiles.iso(hit.at));
        v.put("RequestId", hit.requestId);
        v.put("MajorVersion", Integer.toString(Integer.parseInt(build[0])));
        v.put("MinorVersion", Integer.toString(Integer.parseInt(build[1])));
        v.put("BuildVersion", Integer.toString(Integer.parseInt(build[2])));
        v.put("RevisionVersion", Integer.toString(Integer.parseInt(build[3])));
        v.put("ClientRequestId", hit.clientRequestId);
        v.put("Protocol", hit.protocol);
        v.put("UrlHost", hit.urlHost);
        v.put("UrlStem", hit.stem);
        v.put("ProtocolAction", hit.protocolAction);
        v.put("AuthenticationType", hit.authType);
        v.put("IsAuthenticated", hit.authenticated ? "true" : "false");
        v.put("AuthenticatedUser", hit.user == null ? "" : hit.user);
        v.put("AnchorMailbox", hit.anchorMailbox);
        // HttpProxy drops the commas of a user agent, leaving a double space.
        v.put("UserAgent", hit.userAgent == null ? "" : hit.userAgent.replace(",", " "));
        v.put("ClientIpAddress", hit.clientIp);
        v.put("ServerHostName", Story.HOST);
        v.put("HttpStatus", Integer.toString(hit.status));
        v.put("BackEndStatus", backend ? Integer.toString(hit.backendStatus()) : "");
        v.put("ErrorCode", hit.errorCode);
        v.put("Method", hit.method);
        v.put("ProxyAction", backend ? "Proxy" : "");
        v.put("TargetServer", backend ? Story.FQDN : "");
        v.put("TargetServerVersion", backend ? hit.build : "");
        v.put(
                "RoutingType",
                backend && hit.routingHint.startsWith("X-BE")
                        ? ""
                        : backend ? hit.routingType : "");
        v.put("RoutingHint", hit.routingHint);
        v.put("BackEndCookie", hit.backEndCookie);
        v.put("RequestBytes", Integer.toString(hit.requestBytes));
        v.put("ResponseBytes", Integer.toString(hit.responseBytes));
        v.put("HttpPipelineLatency", "0");
        v.put("CalculateTargetBackEndLatency", backend ? Integer.toString(rand.between(0, 9)) : "");
        v.put("TotalGlsLatency", "0");
        v.put("TotalAccountForestLatency", "0");
        v.put("TotalResourceForestLatency", "0");
        v.put("ADLatency", Integer.toString(rand.chance(0.2) ? rand.between(1, 12) : 0));
        v.put("TotalSharedCacheLatency", "0");
        v.put("ActivityContextLifeTime", Integer.toString(total));
        v.put("ModuleToHandlerSwitchingLatency", "0");
        v.put("BackendProcessingLatency", backend ? Integer.toString(backendTime) : "");
        v.put("BackendRespInitLatency", backend ? "1" : "");
        v.put("BackendRespStreamLatency", backend ? "0" : "");
        v.put("ClientRespStreamLatency", "0");
        v.put("HandlerCompletionLatency", "0");
        v.put("RequestHandlerLatency", Integer.toString(total));
        v.put("HandlerToModuleSwitchingLatency", "0");
        v.put("ProxyTime", backend ? Integer.toString(backendTime + 2) : "");
        v.put("CoreLatency", Integer.toString(total - backendTime));
        v.put("RoutingLatency", Integer.toString(rand.between(0, 9)));
        v.put("HttpProxyOverhead", Integer.toString(total - backendTime));
        v.put("TotalRequestTime", Integer.toString(total));
        v.put("UrlQuery", hit.query == null || hit.query.isEmpty() ? "" : "?" + hit.query);
        v.put("GenericInfo", genericInfo(hit, begin, backendTime));
        v.put("RoutingStatus", "CafeV1");
        return v;
    }

    private static String genericInfo(Hit hit, Instant begin, int backendTime) {
        StringBuilder g = new StringBuilder();
        g.append("BeginRequest=").append(ScenarioFiles.iso(begin)).append(';');
        g.append("CorrelationID=<empty>;ProxyState-Run=None;");
        g.append("FEAuth=BEVersion-").append(BE_VERSION).append(';');
        if (hit.reachesBackend) {
            g.append("BeginGetResponse=")
                    .append(ScenarioFiles.iso(hit.at.minusMillis(backendTime + 1)))
                    .append(';');
            g.append("OnResponseReady=").append(ScenarioFiles.iso(hit.at)).append(';');
            g.append("EndGetResponse=").append(ScenarioFiles.iso(hit.at)).append(';');
            g.append("ProxyState-Complete=ProxyResponseData;");
        }
        g.append("EndRequest=").append(ScenarioFiles.iso(hit.at)).append(';');
        return g.toString();
    }
}
