package org.hygiene.lessons.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hygiene.lessons.logs.formats.HttpProxyLogFormat;

/** Crafted Exchange and IIS logs in the real formats, for the check's tests. */
final class Logs {
    static final String PROXY_HEADER =
            "#Software: Microsoft Exchange Server\n"
                    + "#Version: 15.01.2176.002\n"
                    + "#Log-type: HttpProxy Logs\n"
                    + "#Date: 2021-03-03T06:00:00.000Z\n"
                    + "#Fields: "
                    + String.join(",", HttpProxyLogFormat.FIELDS)
                    + "\n";

    static final String IIS_HEADER =
            "#Software: Microsoft Internet Information Services 10.0\n"
                + "#Version: 1.0\n"
                + "#Date: 2021-03-03 00:00:00\n"
                + "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username"
                + " c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status"
                + " time-taken\n";

    static final String ECP_HEADER =
            "#Software: Microsoft Exchange Server\n"
                    + "#Version: 15.0.0.0\n"
                    + "#Log-type: ECP Server Log\n"
                    + "#Date: 2021-03-03T00:00:00.000Z\n"
                    + "#Fields: TimeStamp,ServerName,EventId,EventData\n";

    private Logs() {}

    /** One HttpProxy line: the given fields set, every other field empty. */
    static String proxy(String time, String anchor, int status, String ip) {
        return proxy(
                Map.of(
                        "DateTime", time,
                        "RequestId", "8f2e4c1a-0000-4000-8000-000000000001",
                        "Protocol", "Ecp",
                        "UrlHost", "mail.contoso.com",
                        "UrlStem", "/ecp/y.js",
                        "AnchorMailbox", anchor,
                        "UserAgent", "python-requests/2.25.1",
                        "ClientIpAddress", ip,
                        "HttpStatus", Integer.toString(status),
                        "RoutingHint", "X-BEResource-Cookie"));
    }

    static String proxy(Map<String, String> fields) {
        List<String> values = new ArrayList<>();
        for (String name : HttpProxyLogFormat.FIELDS) {
            values.add(fields.getOrDefault(name, ""));
        }
        return String.join(",", values) + "\n";
    }

    static Path write(Path root, String relative, String text) throws IOException {
        return write(root, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path root, String relative, byte[] bytes) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }
}
