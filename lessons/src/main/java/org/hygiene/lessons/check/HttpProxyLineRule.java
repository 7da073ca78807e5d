package org.hygiene.lessons.check;

import static org.hygiene.lessons.check.RowText.num;
import static org.hygiene.lessons.check.RowText.str;
import static org.hygiene.lessons.check.RowText.text;
import static org.hygiene.lessons.check.RowText.time;

import java.util.List;
import java.util.Locale;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.bytes.LiteralSearch;

/** CVE-2021-26855 (SSRF) and CVE-2021-27065 (ResetVirtualDirectory) in HttpProxy lines. */
final class HttpProxyLineRule extends LineRule {
    HttpProxyLineRule() {
        super(LiteralSearch.of(ProxyLogonRules.SSRF_LITERAL));
    }

    @Override
    boolean apply(Candidate c, List<Finding> found) {
        Row row = c.row();
        if (row == null) {
            return false;
        }
        String anchor = str(row, "AnchorMailbox");
        boolean ssrf = ProxyLogonRules.isSsrf(anchor);
        boolean reset =
                isEcpProxy(c.target().path(), row)
                        && ProxyLogonRules.isResetVirtualDirectory(anchor, num(row, "HttpStatus"));
        if (!ssrf && !reset) {
            return true;
        }
        List<String> values =
                HttpProxyColumns.NAMES.stream()
                        .map(col -> col.equals("DateTime") ? text(time(row)) : str(row, col))
                        .toList();
        String address = str(row, "ClientIpAddress");
        if (ssrf) {
            found.add(
                    new Finding(FindingKind.SSRF, time(row), address, c.file(), c.line(), values));
        }
        if (reset) {
            found.add(
                    new Finding(
                            FindingKind.RESET_VDIR,
                            time(row),
                            address,
                            c.file(),
                            c.line(),
                            values));
        }
        return true;
    }

    /** Test-ProxyLogon reads {@code HttpProxy\Ecp}; files taken out of it keep their Protocol. */
    private static boolean isEcpProxy(String path, Row row) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.contains("/httpproxy/")) {
            return p.contains("/httpproxy/ecp/");
        }
        return "Ecp".equalsIgnoreCase(str(row, "Protocol"));
    }
}
