package org.hygiene.content.scenario;

import java.time.Instant;
import org.hygiene.content.scenario.ScenarioEvidence.EcpEntry;

/**
 * Actor 1, the early targeted intrusion of 2021-02-26: the ProxyLogon chain (CVE-2021-26855 then
 * CVE-2021-27065) in two runs, each from autodiscover onwards with its own canary, as in the real
 * HelseCERT case; run 2 goes on to plant the script. Then the web shell in use (see {@link
 * ShellSessions}).
 */
final class Intrusion {
    static final String ADMIN_SID = Story.DOMAIN_SID + "-500";
    static final String MACHINE = Story.NETBIOS + "\\" + Story.HOST + "$";
    static final String EXCHANGE_CLIENT_UA = "ExchangeServicesClient/0.0.0.0";
    static final String PYTHON_UA = "python-requests/2.25.1";

    /** The clean-up step targets the virtual directory the reset just deleted. */
    static final String NO_SUCH_OBJECT =
            "Microsoft.Exchange.Data.Directory.ADNoSuchObjectException: Active Directory operation"
                    + " failed on DC01."
                    + Story.AD_DOMAIN
                    + ". The object '"
                    + Story.OAB_VDIR_ID
                    + "' does not exist.";

    private final Rand rand;
    private final ScenarioEvidence out;

    Intrusion(Rand rand, ScenarioEvidence out) {
        this.rand = rand;
        this.out = out;
    }

    void generate() {
        chainStart(Story.CHAIN_RUN_1, Story.MAIL_HOST, EcpData.canary(rand), 188);
        String canary = EcpData.canary(rand);
        chainStart(Story.CHAIN_RUN_2, Story.AUTODISCOVER_HOST, canary, 203);
        plant(canary);
    }

    /** One SSRF request: the decoy stem on the front end, the real target in the cookie. */
    Hit ssrf(
            Instant at,
            String ip,
            String host,
            String ua,
            String target,
            String query,
            int status,
            int ms) {
        String anchor =
                "ServerInfo~a]@"
                        + Story.FQDN
                        + ":444"
                        + target
                        + (query == null ? "?#" : "?" + query + "#");
        Hit hit =
                new Hit(at, ip, Story.SSRF_DECOY)
                        .method("POST")
                        .agent(ua)
                        .host(host)
                        .status(status)
                        .took(ms)
                        .proxied("Ecp", "")
                        .anchor(anchor, "X-BEResource-Cookie")
                        .backend(target, query, MACHINE)
                        .bytes(rand.between(200, 1200), rand.between(100, 4000));
        hit.backEndCookie = "Server~a]@" + Story.FQDN + ":444" + target + "?#~1941997017";
        return out.add(hit);
    }

    /** Autodiscover, MAPI, proxyLogon.ecp (241) and GetObject: the steps every run repeats. */
    private void chainStart(Instant t, String host, String canary, int firstMs) {
        String ip = Story.SSRF_IP;
        ssrf(t, ip, host, EXCHANGE_CLIENT_UA, "/autodiscover/autodiscover.xml", null, 200, firstMs);
        ssrf(t.plusMillis(1591), ip, host, PYTHON_UA, "/mapi/emsmdb/", null, 200, 142);
        ssrf(t.plusMillis(4146), ip, host, PYTHON_UA, "/ecp/proxyLogon.ecp", null, 241, 311);
        Instant get = t.plusMillis(11419);
        ssrf(
                get,
                ip,
                host,
                PYTHON_UA,
                "/ecp/DDI/DDIService.svc/GetObject",
                "msExchEcpCanary=" + canary + "&schema=OABVirtualDirectory",
                200,
                402);
        out.ecp.add(
                new EcpEntry(
                        get.minusMillis(156),
                        "ECP.Request",
                        EcpData.request(
                                rand,
                                376,
                                ADMIN_SID,
                                "Get-OabVirtualDirectory.ADPropertiesOnly=$true.Identity=$null",
                                "/ecp/DDI/DDIService.svc/GetObject?msExchEcpCanary="
                                        + canary
                                        + "&schema=OABVirtualDirectory",
                                "")));
    }

    private void plant(String canary) {
        Instant t = Story.PLANT;
        String ip = Story.SSRF_IP;
        String host = Story.AUTODISCOVER_HOST;
        String url = "/ecp/DDI/DDIService.svc/SetObject";
        String setQuery = "msExchEcpCanary=" + canary + "&schema=OABVirtualDirectory";
        String resetQuery = "msExchEcpCanary=" + canary + "&schema=ResetOABVirtualDirectory";
        String identity = "'" + Story.OAB_VDIR_ID + "'";

        Instant set = t.plusMillis(1508);
        ssrf(set, ip, host, PYTHON_UA, url, setQuery, 200, 1362);
        out.ecp.add(
                new EcpEntry(
                        set.minusMillis(124),
                        "ECP.Request",
                        EcpData.request(
                                rand,
                                1327,
                                ADMIN_SID,
                                "Set-OabVirtualDirectory.ExternalUrl='"
                                        + Story.CHOPPER
                                        + "'.Identity="
                                        + identity,
                                url + "?" + setQuery,
                                "")));
        out.events.add(
                WinEvents.cmdlet(
                        set.minusMillis(130),
                        "Set-OabVirtualDirectory",
                        "-ExternalUrl \""
                                + Story.CHOPPER
                                + "\" -Identity \""
                                + Story.OAB_VDIR_ID
                                + "\""));

        Instant reset = t.plusMillis(3892);
        ssrf(reset, ip, host, PYTHON_UA, url, resetQuery, 200, 2117);
        String oab = Story.HOST + "\\OAB (Default Web Site)";
        out.ecp.add(
                new EcpEntry(
                        reset.minusMillis(1650),
                        "ECP.Request",
                        EcpData.request(
                                rand,
                                412,
                                ADMIN_SID,
                                "Remove-OabVirtualDirectory.Force=$true.Identity='" + oab + "'",
                                url + "?" + resetQuery,
                                "")));
        out.events.add(
                WinEvents.cmdlet(
                        reset.minusMillis(1660),
                        "Remove-OabVirtualDirectory",
                        "-Force \"True\" -Identity \"" + oab + "\""));
        String newVdir =
                "New-OabVirtualDirectory.WebSiteName='Default Web Site'.Server='"
                        + Story.HOST
                        + "'.Role='ClientAccess'.InternalURL='https://"
                        + Story.FQDN
                        + "/OAB'.Path='"
                        + Story.EXCHANGE
                        + "FrontEnd\\HttpProxy\\OAB'";
        out.ecp.add(
                new EcpEntry(
                        reset.minusMillis(820),
                        "ECP.Request",
                        EcpData.request(
                                rand, 790, ADMIN_SID, newVdir, url + "?" + resetQuery, "")));
        out.events.add(
                WinEvents.cmdlet(
                        reset.minusMillis(830),
                        "New-OabVirtualDirectory",
                        "-WebSiteName \"Default Web Site\" -Server \""
                                + Story.HOST
                                + "\" -Role \"ClientAccess\" -InternalUrl \"https://"
                                + Story.FQDN
                                + "/OAB\" -Path \""
                                + Story.EXCHANGE
                                + "FrontEnd\\HttpProxy\\OAB\""));

        Instant clean = t.plusMillis(7409);
        ssrf(clean, ip, host, PYTHON_UA, url, setQuery, 200, 988);
        out.ecp.add(
                new EcpEntry(
                        clean.minusMillis(96),
                        "ECP.Request",
                        EcpData.request(
                                rand,
                                951,
                                ADMIN_SID,
                                "Set-OabVirtualDirectory.ExternalUrl=$null.Identity=" + identity,
                                url + "?" + setQuery,
                                NO_SUCH_OBJECT)));
        out.events.add(
                WinEvents.cmdletFailed(
                        clean.minusMillis(100),
                        "Set-OabVirtualDirectory",
                        "-ExternalUrl $null -Identity \"" + Story.OAB_VDIR_ID + "\""));
    }
}
