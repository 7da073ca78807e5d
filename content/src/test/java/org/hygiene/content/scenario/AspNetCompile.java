package org.hygiene.content.scenario;

import java.time.Instant;
import org.hygiene.content.scenario.WinEvents.Proc;

/**
 * ASP.NET compiling a page inside an IIS worker: {@code w3wp.exe} starts {@code csc.exe}, then
 * {@code cvtres.exe} (as in the public proof-of-concept recording), each with its Sysmon 1 and
 * Security 4688 event, and writes the compiled page to the Temporary ASP.NET Files folder.
 */
final class AspNetCompile {
    private AspNetCompile() {}

    static final String FRAMEWORK = "C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\";
    static final String TEMP = FRAMEWORK + "Temporary ASP.NET Files\\owa\\c6a8b4e1\\5a0d2f1c\\";

    /** Add the compile of one page at {@code t}; {@code compiled} names the output, or null. */
    static void add(Rand rand, ScenarioEvidence out, Proc w3wp, Instant t, String compiled) {
        String batch = rand.alnum(8).toLowerCase();
        Proc csc =
                proc(
                        rand,
                        FRAMEWORK + "csc.exe",
                        "\""
                                + FRAMEWORK
                                + "csc.exe\" /noconfig /fullpaths @\""
                                + TEMP
                                + batch
                                + ".cmdline\"");
        Proc cvtres =
                proc(
                        rand,
                        FRAMEWORK + "cvtres.exe",
                        FRAMEWORK
                                + "cvtres.exe /NOLOGO /READONLY /MACHINE:IX86 \"/OUT:"
                                + "C:\\Windows\\TEMP\\RES"
                                + rand.hex(4).toUpperCase()
                                + ".tmp\" \""
                                + TEMP
                                + batch
                                + ".res\"");
        started(rand, out, t, csc, w3wp, "Visual C# Command Line Compiler");
        started(
                rand,
                out,
                t.plusMillis(412),
                cvtres,
                w3wp,
                "Microsoft® Resource File To COFF Object Conversion Utility");
        if (compiled != null) {
            out.events.add(WinEvents.fileCreate(t.plusMillis(877), w3wp, TEMP + compiled));
        }
    }

    private static void started(
            Rand rand, ScenarioEvidence out, Instant at, Proc p, Proc w3wp, String description) {
        out.events.add(
                WinEvents.processCreate(
                        at,
                        p,
                        w3wp,
                        "c:\\windows\\system32\\inetsrv\\",
                        "System",
                        rand.hex(64).toUpperCase(),
                        description));
        out.events.add(
                WinEvents.newProcess(
                        at.plusMillis(1),
                        p,
                        w3wp,
                        "S-1-5-18",
                        Story.HOST + "$",
                        Story.NETBIOS,
                        "0x3E7",
                        "S-1-16-16384"));
    }

    private static Proc proc(Rand rand, String image, String commandLine) {
        return new Proc(
                rand.between(1200, 12000) & ~3,
                "{8e1f3c4a-"
                        + rand.hex(4)
                        + "-6033-"
                        + rand.hex(4)
                        + "-0000000005"
                        + rand.hex(2)
                        + "}",
                image,
                commandLine,
                "NT AUTHORITY\\SYSTEM");
    }
}
