package org.hygiene.lessons.check;

import java.util.List;

/** The HttpProxy columns Test-ProxyLogon exports for its CVE-2021-26855 and -27065 hits. */
final class HttpProxyColumns {
    /** In the script's order; {@code ClientIpAddress} spelled as in its real output. */
    static final List<String> NAMES =
            List.of(
                    "DateTime",
                    "RequestId",
                    "ClientIpAddress",
                    "UrlHost",
                    "UrlStem",
                    "RoutingHint",
                    "UserAgent",
                    "AnchorMailbox",
                    "HttpStatus");

    private HttpProxyColumns() {}
}
