package org.hygiene.content.scenario;

import static org.hygiene.content.scenario.WinEvents.NL;
import static org.hygiene.content.scenario.WinEvents.SECURITY_PROVIDER;

import java.time.Instant;
import org.hygiene.content.scenario.ScenarioEvidence.WinEvent;

/**
 * Security 5140 and 5145, the file-share audit events, as Windows renders them. In the public
 * proof-of-concept recording they show the web shell written over SMB: the machine account, from
 * {@code 127.0.0.1}, opening {@code \\*\C$} and writing the {@code .aspx} (mask 0x12019F).
 */
final class ShareEvents {
    private ShareEvents() {}

    /** 5140: a share was opened. */
    static WinEvent shareOpened(Instant at, String sid, String logonId, String ip, int port) {
        String m =
                "A network share object was accessed."
                        + NL
                        + NL
                        + subject(sid, logonId)
                        + network(ip, port)
                        + "Share Information:"
                        + NL
                        + "\tShare Name:\t\t\\\\*\\C$"
                        + NL
                        + "\tShare Path:\t\t\\??\\C:\\"
                        + NL
                        + NL
                        + "Access Request Information:"
                        + NL
                        + "\tAccess Mask:\t\t0x1"
                        + NL
                        + "\tAccesses:\t\tReadData (or ListDirectory)";
        return new WinEvent(at, 5140, 0, "Information", "Security", SECURITY_PROVIDER, m);
    }

    /** 5145: a file on the share was checked for write access (and granted). */
    static WinEvent fileWritten(
            Instant at, String sid, String logonId, String ip, int port, String relativeTarget) {
        String m =
                "A network share object was checked to see whether client can be granted desired"
                        + " access."
                        + NL
                        + NL
                        + subject(sid, logonId)
                        + network(ip, port)
                        + "Share Information:"
                        + NL
                        + "\tShare Name:\t\t\\\\*\\C$"
                        + NL
                        + "\tShare Path:\t\t\\??\\C:\\"
                        + NL
                        + "\tRelative Target Name:\t"
                        + relativeTarget
                        + NL
                        + NL
                        + "Access Request Information:"
                        + NL
                        + "\tAccess Mask:\t\t0x12019F"
                        + NL
                        + "\tAccesses:\t\tREAD_CONTROL, SYNCHRONIZE, ReadData (or ListDirectory),"
                        + " WriteData (or AddFile), AppendData (or AddSubdirectory or"
                        + " CreatePipeInstance), ReadEA, WriteEA, ReadAttributes, WriteAttributes"
                        + NL
                        + NL
                        + "Access Check Results:"
                        + NL
                        + "\t-";
        return new WinEvent(at, 5145, 0, "Information", "Security", SECURITY_PROVIDER, m);
    }

    private static String subject(String sid, String logonId) {
        return "Subject:"
                + NL
                + "\tSecurity ID:\t\t"
                + sid
                + NL
                + "\tAccount Name:\t\t"
                + Story.HOST
                + "$"
                + NL
                + "\tAccount Domain:\t\t"
                + Story.NETBIOS
                + NL
                + "\tLogon ID:\t\t"
                + logonId
                + NL
                + NL;
    }

    private static String network(String ip, int port) {
        return "Network Information:"
                + NL
                + "\tObject Type:\t\tFile"
                + NL
                + "\tSource Address:\t\t"
                + ip
                + NL
                + "\tSource Port:\t\t"
                + port
                + NL
                + NL;
    }
}
