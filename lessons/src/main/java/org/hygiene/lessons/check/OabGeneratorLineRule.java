package org.hygiene.lessons.check;

import static org.hygiene.lessons.check.RowText.text;
import static org.hygiene.lessons.check.RowText.time;

import java.util.List;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.bytes.Literals;

/** CVE-2021-26858 in OAB generator lines: a download path outside Exchange's OAB folder. */
final class OabGeneratorLineRule implements LineRule {
    private static final Literals LITERALS = Literals.of(ProxyLogonRules.OAB_PHRASE);
    private final String exchangeInstallPath;

    OabGeneratorLineRule(String exchangeInstallPath) {
        this.exchangeInstallPath = exchangeInstallPath;
    }

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
        ProxyLogonRules.suspiciousOabDownloadPath(raw, exchangeInstallPath)
                .ifPresent(
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
    }
}
