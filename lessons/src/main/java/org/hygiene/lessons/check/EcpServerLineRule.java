package org.hygiene.lessons.check;

import static org.hygiene.lessons.check.RowText.str;
import static org.hygiene.lessons.check.RowText.text;
import static org.hygiene.lessons.check.RowText.time;

import java.util.List;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.bytes.Literals;

/** CVE-2021-27065 in ECP Server lines: a script tag in a {@code Set-...VirtualDirectory} URL. */
final class EcpServerLineRule implements LineRule {
    private static final Literals LITERALS = Literals.of("VirtualDirectory");

    @Override
    public Literals literals(String path, String fields) {
        return LITERALS;
    }

    @Override
    public boolean apply(
            FileCheck.Target target,
            Row row,
            String raw,
            String file,
            long line,
            List<Finding> found) {
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
