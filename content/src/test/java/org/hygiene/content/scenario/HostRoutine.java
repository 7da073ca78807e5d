package org.hygiene.content.scenario;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hygiene.content.scenario.WinEvents.Proc;

/**
 * The server's ordinary host events: the administrator's remote sessions and shell cmdlets, a
 * nightly reporting task, ASP.NET compiling Exchange's pages after each restart (w3wp.exe spawning
 * csc.exe is normal), the CU18 upgrade and the March security update.
 */
final class HostRoutine {
    static final String ADMIN_SID = Story.DOMAIN_SID + "-1131";
    static final String PATCH_FILE =
            "C:\\Users\\it.admin\\Downloads\\Exchange2016-KB5000871-x64-en.msp";

    private final Rand rand;
    private final ScenarioEvidence out;

    HostRoutine(Rand rand, ScenarioEvidence out) {
        this.rand = rand;
        this.out = out;
    }

    private Proc proc(String image, String commandLine, String user) {
        return new Proc(
                rand.between(1200, 12000) & ~3,
                "{8e1f3c4a-"
                        + rand.hex(4)
                        + "-6031-"
                        + rand.hex(4)
                        + "-0000000002"
                        + rand.hex(2)
                        + "}",
                image,
                commandLine,
                user);
    }

    /** The scheduled report's logon session, and the administrator's on the patch evening. */
    private static final String REPORTS_LOGON_ID = "0x2C1F07";

    private static final String PATCH_LOGON_ID = "0x9D41A2";

    void generate() {
        Proc schedule =
                proc(
                        "C:\\Windows\\System32\\svchost.exe",
                        "C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s Schedule",
                        "NT AUTHORITY\\SYSTEM");
        for (LocalDate day = Story.FIRST_DAY; !day.isAfter(Story.LAST_DAY); day = day.plusDays(1)) {
            Instant night =
                    day.atTime(2, 0, 3).toInstant(ZoneOffset.UTC).plusMillis(rand.between(0, 900));
            if (night.isBefore(Story.COLLECTED)) {
                Proc report =
                        proc(
                                "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
                                "powershell.exe -NoProfile -ExecutionPolicy Bypass -File"
                                        + " C:\\Scripts\\MailboxSizeReport.ps1",
                                Story.NETBIOS + "\\svc-reports");
                out.events.add(
                        WinEvents.processCreate(
                                night,
                                report,
                                schedule,
                                "C:\\Windows\\system32\\",
                                "High",
                                rand.hex(64).toUpperCase(),
                                "Windows PowerShell",
                                REPORTS_LOGON_ID));
                out.events.add(
                        WinEvents.newProcess(
                                night.plusMillis(1),
                                report,
                                schedule,
                                Story.DOMAIN_SID + "-1188",
                                "svc-reports",
                                Story.NETBIOS,
                                REPORTS_LOGON_ID,
                                "S-1-16-12288"));
                out.events.add(
                        WinEvents.application(
                                night.plusSeconds(40),
                                16384,
                                4,
                                "Microsoft-Windows-Security-SPP",
                                "Successfully scheduled Software Protection service for re-start at"
                                        + " "
                                        + day.plusDays(1)
                                        + "T02:00:41Z. Reason: RulesEngine."));
            }
            boolean workday =
                    day.getDayOfWeek() != DayOfWeek.SATURDAY
                            && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (workday && rand.chance(0.35)) {
                adminSession(
                        day.atTime(rand.between(9, 15), rand.between(0, 59), rand.between(0, 59))
                                .toInstant(ZoneOffset.UTC));
            }
        }
        quotaChange(Instant.parse("2021-03-16T12:53:07Z"));
        compileAfterRestart(Story.UPGRADE.plusSeconds(4900));
        compileAfterRestart(Story.PATCHED.plusSeconds(95));
        patch();
    }

    private void adminSession(Instant t) {
        out.events.add(
                WinEvents.logon(
                        t,
                        10,
                        ADMIN_SID,
                        Story.ADMIN,
                        "0x" + rand.hex(6).toUpperCase(),
                        "ADM-WS01",
                        Story.ADMIN_WORKSTATION_IP,
                        "C:\\Windows\\System32\\svchost.exe",
                        "User32 "));
        String[][] cmdlets = {
            {"Get-Mailbox", "-ResultSize \"Unlimited\""},
            {"Get-MailboxDatabaseCopyStatus", "-Server \"" + Story.HOST + "\""},
            {"Get-Queue", ""},
            {
                "Set-Mailbox",
                "-Identity \"" + Story.AD_DOMAIN + "/Staff/h.nilsen\" -ProhibitSendQuota \"4.5 GB\""
            },
            {"Get-ExchangeCertificate", ""}
        };
        int n = rand.between(1, 3);
        for (int i = 0; i < n; i++) {
            String[] c = cmdlets[rand.between(0, cmdlets.length - 1)];
            out.events.add(
                    WinEvents.cmdlet(
                            t.plusSeconds(rand.between(60, 1800)),
                            c[0],
                            c[1].isEmpty() ? "" : c[1]));
        }
    }

    /** A routine change in working hours: the administrator raises one mailbox's quota. */
    private void quotaChange(Instant t) {
        out.events.add(
                WinEvents.logon(
                        t.minusSeconds(312),
                        10,
                        ADMIN_SID,
                        Story.ADMIN,
                        "0xA1C3F0",
                        "ADM-WS01",
                        Story.ADMIN_WORKSTATION_IP,
                        "C:\\Windows\\System32\\svchost.exe",
                        "User32 "));
        out.events.add(
                WinEvents.cmdlet(
                        t,
                        "Set-Mailbox",
                        "-Identity \""
                                + Story.AD_DOMAIN
                                + "/Staff/h.nilsen\" -ProhibitSendQuota \"4.5 GB\""));
    }

    private void compileAfterRestart(Instant t) {
        Proc pool =
                proc(
                        WinEvents.W3WP,
                        WinEvents.w3wpCommandLine("MSExchangeOWAAppPool"),
                        "NT AUTHORITY\\SYSTEM");
        AspNetCompile.add(rand, out, pool, t, null);
    }

    private void patch() {
        Instant t = Story.PATCHED.minusSeconds(2700);
        out.events.add(
                WinEvents.logon(
                        t,
                        10,
                        ADMIN_SID,
                        Story.ADMIN,
                        PATCH_LOGON_ID,
                        "ADM-WS01",
                        Story.ADMIN_WORKSTATION_IP,
                        "C:\\Windows\\System32\\svchost.exe",
                        "User32 "));
        Proc explorer =
                proc(
                        "C:\\Windows\\explorer.exe",
                        "C:\\Windows\\Explorer.EXE",
                        Story.NETBIOS + "\\" + Story.ADMIN);
        Proc msiexec =
                proc(
                        "C:\\Windows\\System32\\msiexec.exe",
                        "\"C:\\Windows\\System32\\msiexec.exe\" /update \"" + PATCH_FILE + "\"",
                        Story.NETBIOS + "\\" + Story.ADMIN);
        Instant start = t.plusSeconds(212);
        out.events.add(
                WinEvents.processCreate(
                        start,
                        msiexec,
                        explorer,
                        "C:\\Users\\it.admin\\Downloads\\",
                        "High",
                        rand.hex(64).toUpperCase(),
                        "Windows® installer",
                        PATCH_LOGON_ID));
        out.events.add(
                WinEvents.newProcess(
                        start.plusMillis(1),
                        msiexec,
                        explorer,
                        ADMIN_SID,
                        Story.ADMIN,
                        Story.NETBIOS,
                        PATCH_LOGON_ID,
                        "S-1-16-12288"));
        out.events.add(
                WinEvents.application(
                        Story.PATCHED.minusSeconds(30),
                        1022,
                        4,
                        "MsiInstaller",
                        "Product: Microsoft Exchange Server - Update 'Security Update For Exchange"
                                + " Server 2016 CU18 (KB5000871)' installed successfully."));
    }
}
