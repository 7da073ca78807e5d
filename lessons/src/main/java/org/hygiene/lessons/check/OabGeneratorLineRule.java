package org.hygiene.lessons.check;

import static org.hygiene.lessons.check.RowText.text;
import static org.hygiene.lessons.check.RowText.time;

import java.util.List;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.bytes.LiteralSearch;

/** CVE-2021-26858 in OAB generator lines: a download path outside Exchange's OAB folder. */
final class OabGeneratorLineRule extends LineRule {
    private final String exchangeInstallPath;

    OabGeneratorLineRule(String exchangeInstallPath) {
        super(LiteralSearch.of(ProxyLogonRules.OAB_PHRASE));
        this.exchangeInstallPath = exchangeInstallPath;
    }

    @Override
    boolean apply(Candidate c, List<Finding> found) {
        Row row = c.row();
        ProxyLogonRules.suspiciousOabDownloadPath(c.raw(), exchangeInstallPath)
                .ifPresent(
                        p ->
                                found.add(
                                        new Finding(
                                                FindingKind.OAB_DOWNLOAD,
                                                time(row),
                                                "",
                                                c.file(),
                                                c.line(),
                                                List.of(text(time(row)), p))));
        return true;
    }
}
