package org.hygiene.lessons.check;

import java.util.List;
import java.util.Map;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.bytes.LiteralSearch;

/**
 * Apply the checks to one candidate line of a line-per-record log, with the rule of its table:
 * Test-ProxyLogon's conditions ({@link ProxyLogonRules}) on HttpProxy, ECP Server and OAB generator
 * lines, and the IIS heuristics on IIS lines.
 */
final class LineRules {
    private final Map<String, LineRule> byTable;
    private final LineRule iis = new IisLineRule();

    /**
     * {@code exchangeInstallPath}: where Exchange was installed on the server the logs are from.
     */
    LineRules(String exchangeInstallPath) {
        byTable =
                Map.of(
                        "HttpProxy", new HttpProxyLineRule(),
                        "EcpServer", new EcpServerLineRule(),
                        "OabGenerator", new OabGeneratorLineRule(exchangeInstallPath));
    }

    private LineRule of(String table) {
        return byTable.getOrDefault(table, iis);
    }

    /** The literals a line of {@code table} must hold to be worth parsing. */
    LiteralSearch literals(String table, String path, String fields) {
        return of(table).literals(path, fields);
    }

    /** Check one candidate with the rule of its table; see {@link LineRule#apply}. */
    boolean apply(
            FileCheck.Target target,
            Row row,
            String raw,
            String file,
            long line,
            List<Finding> found) {
        return of(target.format().table())
                .apply(new LineRule.Candidate(target, row, raw, file, line), found);
    }
}
