package org.hygiene.content.scenario;

import java.time.Instant;
import java.util.List;

/** The administrator's ordinary sessions in the Exchange Admin Center (ECP). */
final class EcpAdmin {
    private EcpAdmin() {}

    private static final List<String[]> TASKS =
            List.of(
                    new String[] {"Get-Mailbox", "/ecp/DDI/DDIService.svc/GetList", "Mailboxes"},
                    new String[] {
                        "Get-DistributionGroup",
                        "/ecp/DDI/DDIService.svc/GetList",
                        "DistributionGroups"
                    },
                    new String[] {"Get-InboxRule", "/ecp/RulesEditor/InboxRules.svc/GetList", null},
                    new String[] {
                        "Get-MessageTrackingLog", "/ecp/DDI/DDIService.svc/GetList", "MessageTrace"
                    },
                    new String[] {
                        "Get-Recipient", "/ecp/DDI/DDIService.svc/GetList", "Recipients"
                    });

    static void session(Rand rand, ScenarioEvidence out, Instant start) {
        String ip = Story.ADMIN_WORKSTATION_IP;
        String upn = Story.ADMIN + "@" + Story.DOMAIN;
        String sid = Story.DOMAIN_SID + "-1131";
        String ua = OrdinaryTraffic.EDGE_UA;
        out.add(new Hit(start, ip, "/ecp/").agent(ua).status(302).took(3));
        out.add(
                new Hit(start.plusMillis(210), ip, "/owa/auth/logon.aspx")
                        .query("url=https%3a%2f%2f" + Story.MAIL_HOST + "%2fecp%2f&reason=0")
                        .agent(ua)
                        .took(11));
        Instant t = start.plusSeconds(rand.between(5, 15));
        out.add(new Hit(t, ip, "/owa/auth.owa").method("POST").agent(ua).status(302).took(95));
        t = t.plusMillis(700);
        out.add(
                new Hit(t, ip, "/ecp/")
                        .user(upn)
                        .agent(ua)
                        .proxied("Ecp", "FBA")
                        .anchor("Sid~" + sid, "CommonAccessToken-Sid")
                        .took(rand.between(300, 1400))
                        .bytes(0, 42000));
        String canary = EcpData.canary(rand);
        int tasks = rand.between(1, 4);
        for (int i = 0; i < tasks; i++) {
            t = t.plusSeconds(rand.between(4, 120));
            String[] task = rand.pick(TASKS);
            String url =
                    task[1]
                            + "?msExchEcpCanary="
                            + canary
                            + (task[2] == null ? "" : "&schema=" + task[2]);
            int ms = rand.between(20, 700);
            out.add(
                    new Hit(t, ip, task[1])
                            .method("POST")
                            .query(url.substring(url.indexOf('?') + 1))
                            .user(upn)
                            .agent(ua)
                            .proxied("Ecp", "FBA")
                            .anchor("Sid~" + sid, "CommonAccessToken-Sid")
                            .took(ms + 12)
                            .bytes(rand.between(300, 900), rand.between(900, 30000)));
            out.ecp.add(
                    new ScenarioEvidence.EcpEntry(
                            t.minusMillis(8),
                            "ECP.Request",
                            EcpData.request(rand, ms, sid, task[0], url, "")));
        }
    }
}
