package org.hygiene.lessons.hunt.shell;

import java.util.List;
import java.util.Set;
import org.hygiene.lessons.hunt.HuntEngine;
import org.hygiene.lessons.logs.LogTable;

/** An example query for {@code .examples}: what it looks for, the query, and the table it reads. */
public record ShellExample(String title, String query, String table) {
    /** Detections adapted from the published ProxyLogon and HAFNIUM hunting logic. */
    public static final List<ShellExample> DETECTIONS =
            List.of(
                    new ShellExample(
                            "CVE-2021-26855 SSRF (Test-ProxyLogon's first version, 3 March 2021):"
                                    + " ServerInfo~ cookies that reach a path",
                            "HttpProxy\n"
                                    + "| where AnchorMailbox startswith \"ServerInfo~\" and"
                                    + " AnchorMailbox contains \"/\"\n"
                                    + "| project TimeGenerated, ClientIpAddress, UrlStem,"
                                    + " AnchorMailbox",
                            "HttpProxy"),
                    new ShellExample(
                            "SSRF attempts per source address",
                            "HttpProxy | where AnchorMailbox startswith \"ServerInfo~\" | summarize"
                                    + " count() by ClientIpAddress",
                            "HttpProxy"),
                    new ShellExample(
                            "CVE-2021-27065: Set-*VirtualDirectory with a script in its URL (ECP"
                                    + " server log)",
                            "EcpServer | where EventData matches regex"
                                    + " @\"Set-.+VirtualDirectory.+Url.+<\\w+.*>\"",
                            "EcpServer"),
                    new ShellExample(
                            "CVE-2021-26858: OAB downloads written outside ClientAccess\\OAB",
                            "OabGenerator | where Message has \"Download failed and temporary"
                                    + " file\"",
                            "OabGenerator"),
                    new ShellExample(
                            "Sentinel HAFNIUM: requests to the back end whose query starts with t=",
                            "W3CIISLog | where sSiteName =~ \"Exchange Back End\" and csUriQuery"
                                    + " startswith \"t=\"",
                            "W3CIISLog"),
                    new ShellExample(
                            "Sigma HAFNIUM: POSTs to static-looking ECP paths",
                            "W3CIISLog | where csMethod == \"POST\" and csUriStem in~"
                                    + " (\"/ecp/y.js\", \"/ecp/main.css\", \"/ecp/default.flt\")\n"
                                    + "| summarize count() by cIP, csUriStem",
                            "W3CIISLog"),
                    new ShellExample(
                            "Web shells: pages under /owa/auth/ or /aspnet_client/ that were POSTed"
                                    + " to",
                            "W3CIISLog | where csMethod == \"POST\" and (csUriStem startswith"
                                + " \"/owa/auth/\" or csUriStem startswith \"/aspnet_client/\")\n"
                                + "| summarize count() by csUriStem",
                            "W3CIISLog"),
                    new ShellExample(
                            "Requests per hour",
                            "W3CIISLog | summarize count() by bin(TimeGenerated, 1h)",
                            "W3CIISLog"));

    /** The examples whose table the engine has. */
    public static List<ShellExample> forTables(HuntEngine engine, List<ShellExample> examples) {
        Set<String> names = new java.util.HashSet<>();
        for (LogTable t : engine.tables()) {
            names.add(t.name());
        }
        return examples.stream()
                .filter(e -> e.table() == null || names.contains(e.table()))
                .toList();
    }
}
