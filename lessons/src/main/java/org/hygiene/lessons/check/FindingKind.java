package org.hygiene.lessons.check;

import java.util.List;

/**
 * The kinds of finding, each with the check it belongs to and the file Test-ProxyLogon writes it to
 * (reference section 3), so that {@code --out} produces the files responders already know.
 */
enum FindingKind {
    SSRF(
            Check.CVE_2021_26855,
            "Cve-2021-26855.csv",
            "request through the SSRF",
            HttpProxyColumns.NAMES),
    RESET_VDIR(
            Check.CVE_2021_27065,
            "Cve-2021-27065-ResetVDir.csv",
            "virtual directory reset through the SSRF",
            HttpProxyColumns.NAMES),
    ECP_SCRIPT(
            Check.CVE_2021_27065,
            "Cve-2021-27065.log",
            "Set-...VirtualDirectory with a script in its URL",
            List.of("TimeStamp", "Cmdlet")),
    OAB_DOWNLOAD(
            Check.CVE_2021_26858,
            "Cve-2021-26858.log",
            "OAB download written outside ClientAccess\\OAB",
            List.of("DateTime", "DownloadPath")),
    UM_ERROR(
            Check.CVE_2021_26857,
            "Cve-2021-26857.csv",
            "Unified Messaging InvalidCastException error",
            List.of("TimeCreated", "MachineName", "Message")),
    LSASS_DUMP(Check.OTHER_FILES, "other.csv", "LSASS dump", List.of("Type", "Path")),
    SUSPICIOUS_ARCHIVE(
            Check.OTHER_FILES, "other.csv", "archive in ProgramData", List.of("Type", "Path")),
    IIS_HEURISTIC(
            Check.IIS_HEURISTICS,
            "Iis-Heuristics.csv",
            "IIS request matching a published ProxyLogon rule",
            List.of(
                    "Rule",
                    "DateTime",
                    "ClientIp",
                    "Method",
                    "UriStem",
                    "UriQuery",
                    "UserAgent",
                    "Status",
                    "Site"));

    private final Check check;
    private final String file;
    private final String label;
    private final List<String> columns;

    FindingKind(Check check, String file, String label, List<String> columns) {
        this.check = check;
        this.file = file;
        this.label = label;
        this.columns = columns;
    }

    Check check() {
        return check;
    }

    /** The output file name after {@code <Computer>-}. */
    String file() {
        return file;
    }

    String label() {
        return label;
    }

    /** The columns of {@link Finding#values()}, in Test-ProxyLogon's order where it has one. */
    List<String> columns() {
        return columns;
    }
}
