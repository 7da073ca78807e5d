package org.hygiene.content.scenario;

import java.time.Instant;
import org.hygiene.content.scenario.ScenarioEvidence.WinEvent;
import org.hygiene.content.scenario.WinEvents.Proc;

/**
 * The web shell written by the reset and then used through China Chopper: every command is a POST
 * to the shell in the front end's IIS log, and a {@code w3wp.exe} → {@code cmd.exe} process tree in
 * Sysmon and in Security 4688.
 */
final class ShellSessions {
    static final Instant SESSION_1 = Instant.parse("2021-02-26T02:31:04Z");
    static final Instant SESSION_2 = Instant.parse("2021-03-01T14:12:30Z");
    static final Instant SESSION_3 = Instant.parse("2021-03-09T09:40:12Z");
    static final int LSASS_PID = 688;
    static final Instant DUMP_AT = SESSION_1.plusSeconds(623).plusMillis(412);
    static final long DUMP_BYTES = 51_406_327L;
    static final Instant PST_AT = SESSION_1.plusSeconds(1102).plusMillis(77);
    static final Instant SEVEN_ZIP_AT = SESSION_1.plusSeconds(1500).plusMillis(233);
    static final Instant ARCHIVE_AT = SESSION_1.plusSeconds(1561).plusMillis(804);
    static final long ARCHIVE_BYTES = 14_872_113L;
    static final Instant HIDDEN_AT = SESSION_1.plusSeconds(1985).plusMillis(120);
    static final String CHOPPER_CD = "cmd /c cd /d \"" + Story.SHELL_DIR + "\"&";
    static final String CHOPPER_END = "&echo [S]&cd&echo [E]";
    static final String DUMP_COMMAND =
            "rundll32.exe C:\\Windows\\System32\\comsvcs.dll, MiniDump "
                    + LSASS_PID
                    + " "
                    + Story.LSASS_DUMP
                    + " full";
    static final String EXPORT_COMMAND =
            "powershell.exe -NoProfile -Command \"Add-PSSnapin"
                    + " Microsoft.Exchange.Management.PowerShell.SnapIn; New-MailboxExportRequest"
                    + " -Mailbox "
                    + Story.EXPORT_MAILBOX
                    + " -FilePath \\\\"
                    + Story.HOST
                    + "\\C$\\ProgramData\\pst\\mokafor.pst\"";
    static final String ARCHIVE_COMMAND =
            Story.STAGING_DIR
                    + "\\7z.exe a -t7z -mx9 -pHl#2021 "
                    + Story.ARCHIVE
                    + " "
                    + Story.EXPORTED_PST
                    + " "
                    + Story.LSASS_DUMP;
    static final String HIDE_COMMAND = "attrib +h +s +r \"" + Story.SHELL_PATH + "\"";

    private static final String SYSTEM = "NT AUTHORITY\\SYSTEM";
    private static final String SYS32 = "C:\\Windows\\System32\\";

    private final Rand rand;
    private final ScenarioEvidence out;
    private Proc w3wp;

    ShellSessions(Rand rand, ScenarioEvidence out) {
        this.rand = rand;
        this.out = out;
    }

    private Proc proc(String image, String commandLine) {
        return new Proc(
                rand.between(1200, 12000) & ~3,
                "{8e1f3c4a-"
                        + rand.hex(4)
                        + "-6038-"
                        + rand.hex(4)
                        + "-0000000003"
                        + rand.hex(2)
                        + "}",
                image,
                commandLine,
                SYSTEM);
    }

    void generate() {
        shellWrittenOverSmb();
        Instant recycle = Story.SHELL_WRITTEN.plusMillis(1311);
        out.events.add(
                WinEvents.application(
                        recycle,
                        1002,
                        4,
                        "MSExchange Front End HTTP Proxy",
                        "[Oab] Application shutting down."));
        out.events.add(
                WinEvents.application(
                        recycle.plusMillis(2204),
                        1001,
                        4,
                        "MSExchange Front End HTTP Proxy",
                        "[Oab] Application starting."));

        session1();
        w3wp = proc(WinEvents.W3WP, WinEvents.w3wpCommandLine("MSExchangeOWAAppPool"));
        Instant t = SESSION_2;
        command(t, "whoami", "whoami.exe", "whoami", 402);
        command(
                t.plusSeconds(71),
                "net group \"Domain Admins\" /domain",
                "net.exe",
                "net  group \"Domain Admins\" /domain",
                611);
        w3wp = proc(WinEvents.W3WP, WinEvents.w3wpCommandLine("MSExchangeOWAAppPool"));
        command(SESSION_3, "whoami", "whoami.exe", "whoami", 388);
        command(SESSION_3.plusSeconds(44), "dir C:\\ProgramData\\pst", null, null, 297);
    }

    /**
     * The reset saves the virtual directory's settings to the attacker's path as a UNC path to the
     * server itself, so the file arrives over SMB: the machine account logs on from 127.0.0.1,
     * opens C$ and writes the file, and Sysmon names the writer {@code System} (PID 4).
     */
    private void shellWrittenOverSmb() {
        Instant t = Story.SHELL_WRITTEN;
        String machineSid = Story.DOMAIN_SID + "-1104";
        String logonId = "0x5A3F21";
        int port = 50712;
        out.events.add(
                WinEvents.logon(
                        t.minusMillis(38),
                        3,
                        machineSid,
                        Story.HOST + "$",
                        logonId,
                        "-",
                        "127.0.0.1",
                        "-",
                        "NtLmSsp "));
        out.events.add(
                ShareEvents.shareOpened(t.minusMillis(31), machineSid, logonId, "127.0.0.1", port));
        out.events.add(
                ShareEvents.fileWritten(
                        t.minusMillis(12),
                        machineSid,
                        logonId,
                        "127.0.0.1",
                        port,
                        Story.SHELL_PATH.substring(3)));
        Proc system = new Proc(4, "{8e1f3c4a-0000-6030-eb03-000000000000}", "System", "", SYSTEM);
        out.events.add(WinEvents.fileCreate(t, system, Story.SHELL_PATH));
    }

    private void session1() {
        w3wp = proc(WinEvents.W3WP, WinEvents.w3wpCommandLine("MSExchangeOWAAppPool"));
        Instant t = SESSION_1;
        // The first request arrives about three seconds before its command runs: ASP.NET first
        // compiles the page it asks for, then runs it.
        AspNetCompile.add(rand, out, w3wp, t.minusMillis(1350), "outlookre.aspx.cdcab7d2.compiled");
        command(t, "whoami", "whoami.exe", "whoami", 2705, 3000);
        command(t.plusSeconds(96), "ipconfig /all", "ipconfig.exe", "ipconfig  /all", 512);
        command(t.plusSeconds(188), "tasklist /svc", "tasklist.exe", "tasklist  /svc", 1304);
        command(t.plusSeconds(612), "mkdir " + Story.STAGING_DIR, null, null, 233);
        Proc dump =
                command(
                        DUMP_AT.minusMillis(2300),
                        DUMP_COMMAND,
                        "rundll32.exe",
                        DUMP_COMMAND,
                        4812);
        Proc lsass =
                new Proc(
                        LSASS_PID,
                        "{8e1f3c4a-2e11-6038-0c00-000000000300}",
                        SYS32 + "lsass.exe",
                        SYS32 + "lsass.exe",
                        SYSTEM);
        out.events.add(
                WinEvents.processAccess(
                        DUMP_AT.minusMillis(1900),
                        dump,
                        lsass,
                        "0x1FFFFF",
                        "C:\\Windows\\SYSTEM32\\n"
                            + "tdll.dll+a0344|C:\\Windows\\System32\\KERNELBASE.dll+2a7d9|c:\\windows\\system32\\dbgcore.DLL+6e3f|c:\\windows\\system32\\comsvcs.dll+3c9a1|C:\\Windows\\System32\\r"
                            + "undll32.exe+3bbc"));
        out.events.add(WinEvents.fileCreate(DUMP_AT, dump, Story.LSASS_DUMP));
        command(
                t.plusSeconds(960),
                EXPORT_COMMAND,
                "WindowsPowerShell\\v1.0\\powershell.exe",
                EXPORT_COMMAND,
                9120);
        out.events.add(
                WinEvents.cmdlet(
                        t.plusSeconds(966),
                        "New-MailboxExportRequest",
                        "-Mailbox \""
                                + Story.EXPORT_MAILBOX
                                + "\" -FilePath \"\\\\"
                                + Story.HOST
                                + "\\C$\\ProgramData\\pst\\mokafor.pst\""));
        Proc mrs =
                proc(
                        Story.EXCHANGE + "Bin\\MSExchangeMailboxReplication.exe",
                        "\"" + Story.EXCHANGE + "Bin\\MSExchangeMailboxReplication.exe\"");
        out.events.add(WinEvents.fileCreate(PST_AT, mrs, Story.EXPORTED_PST));
        // The 7-Zip upload is a file write by the shell, not a process.
        shellPost(SEVEN_ZIP_AT.plusMillis(640), 1841);
        out.events.add(WinEvents.fileCreate(SEVEN_ZIP_AT, w3wp, Story.STAGING_DIR + "\\7z.exe"));
        out.events.add(
                WinEvents.fileCreate(
                        SEVEN_ZIP_AT.plusMillis(301), w3wp, Story.STAGING_DIR + "\\7z.dll"));
        Proc zip = command(ARCHIVE_AT.minusMillis(26000), ARCHIVE_COMMAND, null, null, 27411);
        Proc sevenZip =
                new Proc(
                        zip.pid() + 12,
                        zip.guid().replace("-0000000003", "-0000000004"),
                        Story.STAGING_DIR + "\\7z.exe",
                        ARCHIVE_COMMAND,
                        SYSTEM);
        out.events.add(
                processCreate(ARCHIVE_AT.minusMillis(25950), sevenZip, zip, "7-Zip Console"));
        out.events.add(
                WinEvents.fileCreate(ARCHIVE_AT.minusMillis(25900), sevenZip, Story.ARCHIVE));
        shellPost(t.plusSeconds(1740), 48211); // the archive downloaded through the shell
        command(
                t.plusSeconds(1902),
                "powershell.exe -NoProfile -Command \"Add-PSSnapin"
                        + " Microsoft.Exchange.Management.PowerShell.SnapIn;"
                        + " Get-MailboxExportRequest | Remove-MailboxExportRequest"
                        + " -Confirm:$false\"",
                "WindowsPowerShell\\v1.0\\powershell.exe",
                null,
                6233);
        out.events.add(
                WinEvents.cmdlet(
                        t.plusSeconds(1907),
                        "Remove-MailboxExportRequest",
                        "-Identity \""
                                + Story.AD_DOMAIN
                                + "/Users/"
                                + Story.EXPORT_MAILBOX
                                + "\\MailboxExport\" -Confirm \"False\""));
        command(t.plusSeconds(1931), "del /f " + Story.EXPORTED_PST, null, null, 201);
        command(HIDDEN_AT.minusMillis(300), HIDE_COMMAND, "attrib.exe", HIDE_COMMAND, 322);
    }

    private void shellPost(Instant at, int ms) {
        out.add(
                new Hit(at, Story.SHELL_IP, Story.SHELL_URL)
                        .method("POST")
                        .agent(Story.SHELL_UA)
                        .took(ms));
    }

    /**
     * One China Chopper command: the POST, cmd.exe under w3wp.exe, and the child it starts ({@code
     * childImage} relative to System32, or null for a cmd built-in). Returns the child, or cmd.exe
     * for a built-in.
     */
    private Proc command(Instant start, String inner, String childImage, String childLine, int ms) {
        return command(start, inner, childImage, childLine, ms, 0);
    }

    /** As above, for a request that waited {@code queuedMs} before its command started. */
    private Proc command(
            Instant start,
            String inner,
            String childImage,
            String childLine,
            int ms,
            int queuedMs) {
        Instant at = start.getNano() == 0 ? start.plusMillis(rand.between(1, 999)) : start;
        Proc cmd = proc(SYS32 + "cmd.exe", CHOPPER_CD + inner + CHOPPER_END);
        out.events.add(processCreate(at, cmd, w3wp, "Windows Command Processor"));
        Proc child = cmd;
        if (childImage != null) {
            String image = childImage.contains(":") ? childImage : SYS32 + childImage;
            String line = childLine != null ? childLine : inner;
            child = proc(image, line);
            out.events.add(
                    processCreate(
                            at.plusMillis(31),
                            child,
                            cmd,
                            image.substring(image.lastIndexOf('\\') + 1)));
        }
        shellPost(at.plusMillis(ms), ms + 40 + queuedMs);
        return child;
    }

    private WinEvent processCreate(Instant at, Proc p, Proc parent, String description) {
        String cwd =
                parent.image().endsWith("w3wp.exe")
                        ? "c:\\windows\\system32\\inetsrv\\"
                        : Story.SHELL_DIR + "\\";
        out.events.add(
                WinEvents.newProcess(
                        at.plusMillis(1),
                        p,
                        parent,
                        "S-1-5-18",
                        Story.HOST + "$",
                        Story.NETBIOS,
                        "0x3E7",
                        "S-1-16-16384"));
        return WinEvents.processCreate(
                at, p, parent, cwd, "System", rand.hex(64).toUpperCase(), description);
    }
}
