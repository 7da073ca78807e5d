package org.hygiene.content.scenario;

import java.time.Instant;
import java.util.List;

/**
 * Everyone else who came after the disclosure: a scanner whose SSRF only reached autodiscover, the
 * organisation's own nmap check (a localhost SSRF), a second actor probing for known web shell
 * names, and exploitation attempts that fail once the server is patched.
 */
final class OtherActors {
    static final String PROBE_UA =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                    + " Chrome/88.0.4324.182 Safari/537.36";

    /** The server's public address, one of the three host names the prober tries. */
    static final String PUBLIC_IP = "203.0.113.10";

    static final List<Instant> LATE =
            List.of(
                    Instant.parse("2021-03-07T04:51:09.377Z"),
                    Instant.parse("2021-03-10T17:26:44.902Z"),
                    Instant.parse("2021-03-13T08:03:18.064Z"));
    static final List<String> LATE_DECOYS = List.of("/ecp/x5t.js", "/ecp/b.js", "/ecp/default.flt");

    private final Rand rand;
    private final ScenarioEvidence out;
    private final Intrusion intrusion;

    OtherActors(Rand rand, ScenarioEvidence out, Intrusion intrusion) {
        this.rand = rand;
        this.out = out;
        this.intrusion = intrusion;
    }

    void generate() {
        autodiscoverOnly();
        nmapCheck();
        probes();
        lateAttempts();
    }

    private void autodiscoverOnly() {
        Hit hit =
                intrusion.ssrf(
                        Story.AUTODISCOVER_ONLY,
                        Story.AUTODISCOVER_ONLY_IP,
                        Story.MAIL_HOST,
                        "python-requests/2.24.0",
                        "/autodiscover/autodiscover.xml",
                        null,
                        200,
                        173);
        hit.stem = "/ecp/vd.js";
    }

    private void nmapCheck() {
        Hit hit =
                new Hit(Story.NMAP_CHECK, Story.NMAP_IP, "/owa/auth/x.js")
                        .agent(Story.NMAP_UA)
                        .status(500)
                        .took(61)
                        .proxied("Owa", "")
                        // The script sends both cookies; the proxy routed on the anonymous one.
                        .anchor(
                                "ServerInfo~localhost/ecp/default.flt?",
                                "X-AnonResource-Backend-Cookie")
                        .backend("/ecp/default.flt", null, Intrusion.MACHINE)
                        .bytes(0, 1893);
        hit.urlHost = Story.FQDN;
        hit.backendStatus = 500;
        out.add(hit);
    }

    private void probes() {
        Instant t = Story.PROBES;
        List<String> hosts = List.of(PUBLIC_IP, Story.MAIL_HOST, Story.AUTODISCOVER_HOST);
        for (String path : Story.PROBED) {
            for (String host : hosts) {
                t = t.plusMillis(rand.between(250, 900));
                boolean owa = path.startsWith("/owa/");
                Hit hit =
                        new Hit(t, Story.PROBE_IP, path)
                                .agent(PROBE_UA)
                                .status(owa ? 302 : 404)
                                .took(rand.between(2, 12));
                if (owa) {
                    hit.proxied("Owa", "").host(host).frontEndOnly();
                } else {
                    hit.subStatus = 0;
                    hit.win32 = 2;
                }
                out.add(hit);
            }
        }
    }

    private void lateAttempts() {
        for (int i = 0; i < LATE.size(); i++) {
            Hit hit =
                    intrusion.ssrf(
                            LATE.get(i),
                            Story.LATE_IPS.get(i),
                            Story.MAIL_HOST,
                            "python-requests/2.25.1",
                            "/autodiscover/autodiscover.xml",
                            null,
                            500,
                            47);
            hit.stem = LATE_DECOYS.get(i);
            hit.reachesBackend = false;
            hit.errorCode = "ServerNotFound";
        }
    }
}
