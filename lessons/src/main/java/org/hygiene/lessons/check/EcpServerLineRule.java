package org.hygiene.lessons.check;

import static org.hygiene.lessons.check.RowText.str;
import static org.hygiene.lessons.check.RowText.text;
import static org.hygiene.lessons.check.RowText.time;

import java.util.List;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.bytes.LiteralSearch;

/** CVE-2021-27065 in ECP Server lines: a script tag in a {@code Set-...VirtualDirectory} URL. */
final class EcpServerLineRule extends LineRule {
    EcpServerLineRule() {
        super(LiteralSearch.of("VirtualDirectory"));
    }

    @Override
    boolean apply(Candidate c, List<Finding> found) {
        Row row = c.row();
        if (ProxyLogonRules.isScriptInVirtualDirectoryUrl(c.raw())) {
            found.add(
                    new Finding(
                            FindingKind.ECP_SCRIPT,
                            time(row),
                            "",
                            c.file(),
                            c.line(),
                            List.of(text(time(row)), cmdlet(row, c.raw()))));
        }
        return true;
    }

    private static String cmdlet(Row row, String raw) {
        String cmd = row == null ? null : str(row, "CMD");
        if (cmd != null && !cmd.isEmpty()) {
            return cmd;
        }
        int at = raw.indexOf("S:CMD=");
        return at < 0 ? raw : raw.substring(at + "S:CMD=".length());
    }
}
