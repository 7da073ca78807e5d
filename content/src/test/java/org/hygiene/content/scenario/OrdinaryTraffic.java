package org.hygiene.content.scenario;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hygiene.content.scenario.People.Person;

/**
 * Weeks of ordinary traffic: Outlook (autodiscover, MAPI over HTTP, EWS, OAB), OWA sign-ins,
 * ActiveSync phones, an administrator in ECP, Managed Availability probes and internet scanners.
 */
final class OrdinaryTraffic {
    static final String OUTLOOK_UA =
            "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.13628; Pro)";
    static final String BROWSER_UA =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                    + " Chrome/88.0.4324.190 Safari/537.36";
    static final String EDGE_UA = BROWSER_UA + " Edg/88.0.705.81";
    static final String PHONE_UA = "Apple-iPhone12C1/1802.67";
    static final String EWS_UA =
            "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.13628; Pro)"
                    + " ExchangeServicesClient/16.0.13628.20274";
    static final String PROBE_UA = "AMProbe/Local/ClientAccess";
    static final List<String> SCANNER_UAS =
            List.of(
                    "Mozilla/5.0 zgrab/0.x",
                    "curl/7.68.0",
                    "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Firefox/78.0");
    static final List<String> SCANNER_IPS =
            List.of("192.0.2.17", "192.0.2.98", "198.51.100.4", "203.0.113.9", "203.0.113.131");
    static final List<String> OWA_ACTIONS =
            List.of(
                    "GetFolderMruConfiguration",
                    "FindItem",
                    "GetItem",
                    "FindConversation",
                    "GetConversationItems",
                    "GetOwaUserConfiguration",
                    "CreateItem",
                    "UpdateItem",
                    "GetAttachment",
                    "FindPeople");
    static final List<String> SCANNED =
            List.of("/", "/owa/auth/logon.aspx", "/.env", "/remote/login", "/ecp/", "/owa/");

    private final Rand rand;
    private final ScenarioEvidence out;
    private final List<Person> people;

    OrdinaryTraffic(Rand rand, ScenarioEvidence out, List<Person> people) {
        this.rand = rand;
        this.out = out;
        this.people = people;
    }

    void generate() {
        for (LocalDate day = Story.FIRST_DAY; !day.isAfter(Story.LAST_DAY); day = day.plusDays(1)) {
            boolean workday =
                    day.getDayOfWeek() != DayOfWeek.SATURDAY
                            && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            probes(day);
            scanners(day);
            if (day.equals(Story.FIRST_DAY)) {
                // Early risers, before the upgrade: the old build's rotated Owa log.
                owaSession(at(day, 6), people.get(3), people.get(3).homeIp());
                owaSession(at(day, 7), people.get(11), people.get(11).homeIp());
            }
            for (Person p : people) {
                if (workday && rand.chance(0.9)) {
                    outlookDay(day, p);
                }
                if (rand.chance(workday ? 0.12 : 0.18)) {
                    owaSession(at(day, rand.between(workday ? 18 : 9, 22)), p, p.homeIp());
                }
                if (p.phone()) {
                    phoneDay(day, p, workday);
                }
            }
            if (workday && rand.chance(0.4)) {
                EcpAdmin.session(rand, out, at(day, rand.between(9, 16)));
            }
        }
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(hour, rand.between(0, 59), rand.between(0, 59))
                .toInstant(ZoneOffset.UTC)
                .plusMillis(rand.between(0, 999));
    }

    /** No traffic while the server is being upgraded or patched. */
    private boolean down(Instant t) {
        return t.isAfter(Story.UPGRADE) && t.isBefore(Story.UPGRADE.plusSeconds(4800))
                || t.isAfter(Story.PATCHED.minusSeconds(2400)) && t.isBefore(Story.PATCHED);
    }

    private boolean oldBuild(Instant t) {
        return t.isBefore(Story.UPGRADE);
    }

    private Hit add(Hit hit) {
        if (down(hit.at) || hit.at.isAfter(Story.COLLECTED)) {
            return hit;
        }
        if (oldBuild(hit.at)) {
            if (hit.protocol != null && !hit.protocol.equals("Owa")) {
                return hit;
            }
            hit.build = Story.OLD_BUILD;
        }
        return out.add(hit);
    }

    private void probes(LocalDate day) {
        List<String> stems =
                List.of(
                        "/owa/healthcheck.htm",
                        "/ecp/healthcheck.htm",
                        "/EWS/healthcheck.htm",
                        "/Microsoft-Server-ActiveSync/healthcheck.htm",
                        "/mapi/healthcheck.htm",
                        "/Autodiscover/healthcheck.htm",
                        "/OAB/healthcheck.htm");
        for (int slot = 0; slot < 24 * 3; slot++) {
            Instant t =
                    day.atStartOfDay(ZoneOffset.UTC)
                            .toInstant()
                            .plusSeconds(slot * 1200L + rand.between(0, 40));
            add(
                    new Hit(t, "127.0.0.1", stems.get(slot % stems.size()))
                            .agent(PROBE_UA)
                            .took(rand.between(1, 9)));
        }
    }

    private void scanners(LocalDate day) {
        int count = rand.between(1, 5);
        for (int i = 0; i < count; i++) {
            String stem = rand.pick(SCANNED);
            int status =
                    stem.equals("/.env") || stem.equals("/remote/login")
                            ? 404
                            : stem.equals("/ecp/") || stem.equals("/owa/") ? 302 : 200;
            add(
                    new Hit(at(day, rand.between(0, 23)), rand.pick(SCANNER_IPS), stem)
                            .agent(rand.pick(SCANNER_UAS))
                            .status(status)
                            .took(rand.between(1, 30)));
        }
    }

    private void outlookDay(LocalDate day, Person p) {
        Instant start = at(day, rand.between(7, 9));
        String ip = p.officeIp();
        add(
                new Hit(start, ip, "/autodiscover/autodiscover.xml")
                        .method("POST")
                        .user(p.upn())
                        .agent(OUTLOOK_UA)
                        .proxied("Autodiscover", "Negotiate")
                        .anchor("SMTP:" + p.upn(), "AnchorMailboxHeader-SMTP")
                        .took(rand.between(40, 160))
                        .bytes(rand.between(500, 900), rand.between(3000, 9000)));
        Instant t = start.plusSeconds(2);
        int calls = rand.between(3, 7);
        for (int i = 0; i < calls; i++) {
            t = t.plusSeconds(rand.between(300, 5400));
            add(
                    new Hit(t, ip, "/mapi/emsmdb/")
                            .method("POST")
                            .query("MailboxId=" + p.mailboxGuid() + "@" + Story.DOMAIN)
                            .user(p.upn())
                            .agent(OUTLOOK_UA)
                            .proxied("Mapi", "Negotiate")
                            .anchor(
                                    "MailboxGuidWithDomain~" + p.mailboxGuid() + "@" + Story.DOMAIN,
                                    "Url-MailboxGuidWithDomain")
                            .action(rand.pick(List.of("Execute", "Execute", "NotificationWait")))
                            .took(rand.between(15, 900))
                            .bytes(rand.between(300, 4000), rand.between(200, 30000)));
        }
        if (rand.chance(0.6)) {
            add(
                    new Hit(start.plusSeconds(rand.between(60, 30000)), ip, "/EWS/Exchange.asmx")
                            .method("POST")
                            .user(p.upn())
                            .agent(EWS_UA)
                            .proxied("Ews", "Negotiate")
                            .anchor("Sid~" + p.sid(), "CommonAccessToken-Sid")
                            .action(rand.pick(List.of("GetUserAvailability", "GetUserOofSettings")))
                            .took(rand.between(30, 300))
                            .bytes(rand.between(700, 2000), rand.between(1000, 6000)));
        }
        if (rand.chance(0.25)) {
            add(
                    new Hit(
                                    start.plusSeconds(rand.between(30, 600)),
                                    ip,
                                    "/OAB/2b6e41d7-0f0e-4e7b-9a56-4f6f8f2fbc1d/oab.xml")
                            .user(p.upn())
                            .agent(OUTLOOK_UA)
                            .proxied("Oab", "Negotiate")
                            .anchor("Sid~" + p.sid(), "CommonAccessToken-Sid")
                            .took(rand.between(10, 60))
                            .bytes(0, rand.between(1500, 2500)));
        }
    }

    private void owaSession(Instant start, Person p, String ip) {
        String ua = rand.chance(0.5) ? BROWSER_UA : EDGE_UA;
        String referer = "https://" + Story.MAIL_HOST + "/owa/";
        add(new Hit(start, ip, "/owa/").agent(ua).status(302).took(rand.between(1, 6)));
        add(
                new Hit(start.plusMillis(380), ip, "/owa/auth/logon.aspx")
                        .query("url=https%3a%2f%2f" + Story.MAIL_HOST + "%2fowa%2f&reason=0")
                        .agent(ua)
                        .took(rand.between(8, 40)));
        Instant signIn = start.plusSeconds(rand.between(6, 25));
        add(
                new Hit(signIn, ip, "/owa/auth.owa")
                        .method("POST")
                        .agent(ua)
                        .referer("https://" + Story.MAIL_HOST + "/owa/auth/logon.aspx")
                        .status(302)
                        .took(rand.between(40, 200)));
        Instant t = signIn.plusMillis(600);
        add(
                new Hit(t, ip, "/owa/")
                        .user(p.upn())
                        .agent(ua)
                        .referer(referer)
                        .proxied("Owa", "FBA")
                        .anchor("Sid~" + p.sid(), "CommonAccessToken-Sid")
                        .took(rand.between(80, 400))
                        .bytes(0, rand.between(20000, 60000)));
        int actions = rand.between(3, 8);
        for (int i = 0; i < actions; i++) {
            t = t.plusMillis(rand.between(400, 90000));
            String action = rand.pick(OWA_ACTIONS);
            Hit hit =
                    new Hit(t, ip, "/owa/service.svc")
                            .method("POST")
                            .query("action=" + action + "&app=Mail")
                            .user(p.upn())
                            .agent(ua)
                            .referer(referer)
                            .proxied("Owa", "FBA")
                            .anchor("Sid~" + p.sid(), "CommonAccessToken-Sid")
                            .action(action)
                            .took(rand.between(20, 700))
                            .bytes(rand.between(200, 3000), rand.between(500, 40000));
            hit.clientRequestId = rand.guid();
            add(hit);
        }
    }

    private void phoneDay(LocalDate day, Person p, boolean workday) {
        int from = workday ? 6 : 8;
        int to = workday ? 21 : 20;
        String ip =
                "100."
                        + rand.between(64, 127)
                        + "."
                        + rand.between(0, 255)
                        + "."
                        + rand.between(1, 254);
        for (int hour = from; hour <= to; hour += rand.between(2, 4)) {
            String command = rand.chance(0.7) ? "Ping" : "Sync";
            add(
                    new Hit(at(day, hour), ip, "/Microsoft-Server-ActiveSync/default.eas")
                            .method("POST")
                            .query(
                                    "Cmd="
                                            + command
                                            + "&User="
                                            + p.sam()
                                            + "&DeviceId="
                                            + p.deviceId()
                                            + "&DeviceType=iPhone")
                            .user(p.upn())
                            .agent(PHONE_UA)
                            .proxied("Eas", "Basic")
                            .anchor("SMTP:" + p.upn(), "AnchorMailboxHeader-SMTP")
                            .action(command)
                            .took(
                                    command.equals("Ping")
                                            ? rand.between(60000, 540000)
                                            : rand.between(50, 900))
                            .bytes(rand.between(30, 400), rand.between(10, 8000)));
        }
    }
}
