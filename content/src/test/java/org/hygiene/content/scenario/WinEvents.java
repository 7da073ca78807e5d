package org.hygiene.content.scenario;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hygiene.content.scenario.ScenarioEvidence.WinEvent;

/** Build Windows events with the message text Windows renders for them. */
final class WinEvents {
    private WinEvents() {}

    static final String SYSMON_LOG = "Microsoft-Windows-Sysmon/Operational";
    static final String SYSMON = "Microsoft-Windows-Sysmon";
    static final String SECURITY_PROVIDER = "Microsoft-Windows-Security-Auditing";
    static final String NL = "\r\n";
    static final String W3WP = "C:\\Windows\\System32\\inetsrv\\w3wp.exe";
    private static final DateTimeFormatter SYSMON_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT)
                    .withZone(ZoneOffset.UTC);

    /** A running process as Sysmon and the Security log name it. */
    record Proc(int pid, String guid, String image, String commandLine, String user) {}

    static String w3wpCommandLine(String pool) {
        return "c:\\windows\\system32\\inetsrv\\w3wp.exe -ap \""
                + pool
                + "\" -v \"v4.0\" -c \""
                + Story.EXCHANGE
                + "bin\\GenericAppPoolConfigWithGCServerEnabledFalse.config\""
                + " -a \\\\.\\pipe\\iisipm"
                + pool.length()
                + "a1c7e2-5d3b-4f0e-9c21-"
                + pool.hashCode()
                + " -h \"C:\\inetpub\\temp\\apppools\\"
                + pool
                + "\\"
                + pool
                + ".config\" -w \"\" -m 0";
    }

    /** Sysmon 1 for a process running as SYSTEM (logon id 0x3E7). */
    static WinEvent processCreate(
            Instant at,
            Proc p,
            Proc parent,
            String cwd,
            String integrity,
            String sha256,
            String description) {
        return processCreate(at, p, parent, cwd, integrity, sha256, description, "0x3E7");
    }

    /** Sysmon 1 for a process in the logon session {@code logonId} (a user's own session). */
    static WinEvent processCreate(
            Instant at,
            Proc p,
            Proc parent,
            String cwd,
            String integrity,
            String sha256,
            String description,
            String logonId) {
        // Sysmon's LogonGuid ends with the logon id, low byte first.
        String id = String.format(Locale.ROOT, "%08x", Long.parseLong(logonId.substring(2), 16));
        String logonGuid =
                "{8e1f3c4a-6b7d-6038-"
                        + id.substring(6, 8)
                        + id.substring(4, 6)
                        + "-"
                        + id.substring(2, 4)
                        + id.substring(0, 2)
                        + "00000000}";
        String m =
                "Process Create:"
                        + NL
                        + "RuleName: -"
                        + NL
                        + "UtcTime: "
                        + SYSMON_TIME.format(at)
                        + NL
                        + "ProcessGuid: "
                        + p.guid()
                        + NL
                        + "ProcessId: "
                        + p.pid()
                        + NL
                        + "Image: "
                        + p.image()
                        + NL
                        + versionInfo(p.image(), description)
                        + "OriginalFileName: "
                        + p.image().substring(p.image().lastIndexOf('\\') + 1)
                        + NL
                        + "CommandLine: "
                        + p.commandLine()
                        + NL
                        + "CurrentDirectory: "
                        + cwd
                        + NL
                        + "User: "
                        + p.user()
                        + NL
                        + "LogonGuid: "
                        + logonGuid
                        + NL
                        + "LogonId: "
                        + logonId
                        + NL
                        + "TerminalSessionId: 0"
                        + NL
                        + "IntegrityLevel: "
                        + integrity
                        + NL
                        + "Hashes: SHA256="
                        + sha256
                        + NL
                        + "ParentProcessGuid: "
                        + parent.guid()
                        + NL
                        + "ParentProcessId: "
                        + parent.pid()
                        + NL
                        + "ParentImage: "
                        + parent.image()
                        + NL
                        + "ParentCommandLine: "
                        + parent.commandLine();
        return new WinEvent(at, 1, 4, "Information", SYSMON_LOG, SYSMON, m);
    }

    /** The version resource Sysmon reads from the image. */
    private static String versionInfo(String image, String description) {
        String version = "10.0.14393.0 (rs1_release.160715-1616)";
        String product = "Microsoft® Windows® Operating System";
        String company = "Microsoft Corporation";
        if (image.endsWith("7z.exe")) {
            version = "19.00";
            product = "7-Zip";
            company = "Igor Pavlov";
        } else if (image.endsWith("csc.exe")) {
            version = "4.8.4084.0 built by: NET48REL1";
            product = "Microsoft® .NET Framework";
        }
        return "FileVersion: "
                + version
                + NL
                + "Description: "
                + description
                + NL
                + "Product: "
                + product
                + NL
                + "Company: "
                + company
                + NL;
    }

    static WinEvent processAccess(
            Instant at, Proc source, Proc target, String access, String trace) {
        String m =
                "Process accessed:"
                        + NL
                        + "RuleName: -"
                        + NL
                        + "UtcTime: "
                        + SYSMON_TIME.format(at)
                        + NL
                        + "SourceProcessGUID: "
                        + source.guid()
                        + NL
                        + "SourceProcessId: "
                        + source.pid()
                        + NL
                        + "SourceThreadId: "
                        + (source.pid() + 412)
                        + NL
                        + "SourceImage: "
                        + source.image()
                        + NL
                        + "TargetProcessGUID: "
                        + target.guid()
                        + NL
                        + "TargetProcessId: "
                        + target.pid()
                        + NL
                        + "TargetImage: "
                        + target.image()
                        + NL
                        + "GrantedAccess: "
                        + access
                        + NL
                        + "CallTrace: "
                        + trace;
        return new WinEvent(at, 10, 4, "Information", SYSMON_LOG, SYSMON, m);
    }

    static WinEvent fileCreate(Instant at, Proc p, String target) {
        String m =
                "File created:"
                        + NL
                        + "RuleName: -"
                        + NL
                        + "UtcTime: "
                        + SYSMON_TIME.format(at)
                        + NL
                        + "ProcessGuid: "
                        + p.guid()
                        + NL
                        + "ProcessId: "
                        + p.pid()
                        + NL
                        + "Image: "
                        + p.image()
                        + NL
                        + "TargetFilename: "
                        + target
                        + NL
                        + "CreationUtcTime: "
                        + SYSMON_TIME.format(at);
        return new WinEvent(at, 11, 4, "Information", SYSMON_LOG, SYSMON, m);
    }

    /** Security 4688, with the command line (process-creation auditing includes it here). */
    static WinEvent newProcess(
            Instant at,
            Proc p,
            Proc parent,
            String subjectSid,
            String account,
            String domain,
            String logonId,
            String label) {
        String m =
                "A new process has been created."
                        + NL
                        + NL
                        + "Creator Subject:"
                        + NL
                        + "\tSecurity ID:\t\t"
                        + subjectSid
                        + NL
                        + "\tAccount Name:\t\t"
                        + account
                        + NL
                        + "\tAccount Domain:\t\t"
                        + domain
                        + NL
                        + "\tLogon ID:\t\t"
                        + logonId
                        + NL
                        + NL
                        + "Target Subject:"
                        + NL
                        + "\tSecurity ID:\t\tS-1-0-0"
                        + NL
                        + "\tAccount Name:\t\t-"
                        + NL
                        + "\tAccount Domain:\t\t-"
                        + NL
                        + "\tLogon ID:\t\t0x0"
                        + NL
                        + NL
                        + "Process Information:"
                        + NL
                        + "\tNew Process ID:\t\t0x"
                        + Integer.toHexString(p.pid())
                        + NL
                        + "\tNew Process Name:\t"
                        + p.image()
                        + NL
                        + "\tToken Elevation Type:\tTokenElevationTypeDefault (1)"
                        + NL
                        + "\tMandatory Label:\t\t"
                        + label
                        + NL
                        + "\tCreator Process ID:\t0x"
                        + Integer.toHexString(parent.pid())
                        + NL
                        + "\tCreator Process Name:\t"
                        + parent.image()
                        + NL
                        + "\tProcess Command Line:\t"
                        + p.commandLine()
                        + NL
                        + NL
                        + "Token Elevation Type indicates the type of token that was assigned to"
                        + " the new process in accordance with User Account Control policy.";
        return new WinEvent(at, 4688, 0, "Information", "Security", SECURITY_PROVIDER, m);
    }

    static WinEvent logon(
            Instant at,
            int type,
            String sid,
            String user,
            String logonId,
            String workstation,
            String ip,
            String process,
            String logonProcess) {
        String m =
                "An account was successfully logged on."
                        + NL
                        + NL
                        + "Subject:"
                        + NL
                        + "\tSecurity ID:\t\tS-1-5-18"
                        + NL
                        + "\tAccount Name:\t\t"
                        + Story.HOST
                        + "$"
                        + NL
                        + "\tAccount Domain:\t\t"
                        + Story.NETBIOS
                        + NL
                        + "\tLogon ID:\t\t0x3E7"
                        + NL
                        + NL
                        + "Logon Information:"
                        + NL
                        + "\tLogon Type:\t\t"
                        + type
                        + NL
                        + "\tRestricted Admin Mode:\tNo"
                        + NL
                        + "\tVirtual Account:\t\tNo"
                        + NL
                        + "\tElevated Token:\t\tYes"
                        + NL
                        + NL
                        + "Impersonation Level:\t\tImpersonation"
                        + NL
                        + NL
                        + "New Logon:"
                        + NL
                        + "\tSecurity ID:\t\t"
                        + sid
                        + NL
                        + "\tAccount Name:\t\t"
                        + user
                        + NL
                        + "\tAccount Domain:\t\t"
                        + Story.NETBIOS
                        + NL
                        + "\tLogon ID:\t\t"
                        + logonId
                        + NL
                        + NL
                        + "Process Information:"
                        + NL
                        + "\tProcess ID:\t\t0x1f4"
                        + NL
                        + "\tProcess Name:\t\t"
                        + process
                        + NL
                        + NL
                        + "Network Information:"
                        + NL
                        + "\tWorkstation Name:\t"
                        + workstation
                        + NL
                        + "\tSource Network Address:\t"
                        + ip
                        + NL
                        + "\tSource Port:\t\t0"
                        + NL
                        + NL
                        + "Detailed Authentication Information:"
                        + NL
                        + "\tLogon Process:\t\t"
                        + logonProcess
                        + NL
                        + "\tAuthentication Package:\tNegotiate";
        return new WinEvent(at, 4624, 0, "Information", "Security", SECURITY_PROVIDER, m);
    }

    /** MSExchange Management event 1: a cmdlet that ran (Exchange's own spelling). */
    static WinEvent cmdlet(Instant at, String cmdlet, String parameters) {
        String m = "Cmdlet suceeded. Cmdlet " + cmdlet + ", parameters " + parameters + ".";
        return new WinEvent(
                at, 1, 4, "Information", "MSExchange Management", "MSExchange CmdletLogs", m);
    }

    /** MSExchange Management event 6: a cmdlet that failed. */
    static WinEvent cmdletFailed(Instant at, String cmdlet, String parameters) {
        String m = "Cmdlet failed. Cmdlet " + cmdlet + ", parameters " + parameters + ".";
        return new WinEvent(at, 6, 2, "Error", "MSExchange Management", "MSExchange CmdletLogs", m);
    }

    static WinEvent application(Instant at, int id, int level, String provider, String message) {
        String levelName = level == 2 ? "Error" : level == 3 ? "Warning" : "Information";
        return new WinEvent(at, id, level, levelName, "Application", provider, message);
    }
}
