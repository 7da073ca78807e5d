package org.hygiene.content.scenario;

/** Build an ECP Server log {@code EventData} value in Exchange 2016's key order. */
final class EcpData {
    private EcpData() {}

    static String request(Rand rand, int ms, String sid, String cmd, String url, String exception) {
        StringBuilder out = new StringBuilder();
        pair(out, "TIME", Integer.toString(ms));
        pair(out, "SID", sid);
        pair(out, "CMD", cmd);
        pair(out, "REQID", "");
        pair(out, "URL", url);
        pair(out, "REFERRER", "");
        pair(out, "EX", exception);
        pair(out, "ACTID", rand.guid());
        pair(out, "RS", "0");
        pair(out, "BLD", "15.1.2106.2");
        pair(out, "TNAME", "<null>");
        pair(out, "TID", "");
        pair(out, "USID", rand.guid());
        pair(out, "EDOID", "");
        pair(out, "ACID", "");
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /** Append {@code S:KEY=value;}, in single quotes (inner ones doubled) when needed. */
    private static void pair(StringBuilder out, String key, String value) {
        String pair = "S:" + key + "=" + value;
        if (value.indexOf('\'') >= 0 || value.indexOf(';') >= 0) {
            pair = "'" + pair.replace("'", "''") + "'";
        }
        out.append(pair).append(';');
    }

    static String canary(Rand rand) {
        return rand.alnum(22) + "_" + rand.alnum(31) + ".";
    }
}
