package org.hygiene.content.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The folder listings the responder exported (see Triage/collection-notes.txt). */
final class FileListings {
    record Entry(String path, Long length, Instant created, Instant written, String attributes) {
        static Entry dir(String path, Instant created) {
            return new Entry(path, null, created, created, "Directory");
        }
    }

    static final Instant SERVER_BUILT = Instant.parse("2019-06-11T14:22:51Z");
    static final Instant CU18 = Story.UPGRADE.plusSeconds(1503);
    static final String HIDDEN = "ReadOnly, Hidden, System, Archive";
    static final long SHELL_BYTES = 2291;
    static final List<String> BASIC =
            List.of("FullName", "Length", "CreationTimeUtc", "LastWriteTimeUtc", "Attributes");

    private FileListings() {}

    /** The SHA-256 the listing shows for a file: synthetic, derived from its path. */
    static String sha256(String path) {
        try {
            byte[] d =
                    MessageDigest.getInstance("SHA-256")
                            .digest(("harbourline:" + path).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void write(Path triage, Rand rand) throws IOException {
        String auth = Story.SHELL_DIR + "\\";
        List<Entry> owa = new ArrayList<>();
        owa.add(Entry.dir(auth + "15.1.2106", CU18));
        owa.add(Entry.dir(auth + "Current", CU18));
        owa.add(Entry.dir(auth + "Current\\themes", CU18));
        owa.add(Entry.dir(auth + "Current\\themes\\resources", CU18));
        for (String name :
                List.of(
                        "errorFE.aspx",
                        "ExpiredPassword.aspx",
                        "frowny.aspx",
                        "logoff.aspx",
                        "logon.aspx",
                        "RedirSuiteServiceProxy.aspx",
                        "signout.aspx")) {
            owa.add(
                    new Entry(
                            auth + name, (long) rand.between(2000, 24000), CU18, CU18, "Archive"));
        }
        owa.add(
                new Entry(
                        auth + "Current\\themes\\resources\\logon.css",
                        23172L,
                        CU18,
                        CU18,
                        "Archive"));
        owa.add(
                new Entry(
                        Story.SHELL_PATH,
                        SHELL_BYTES,
                        Story.SHELL_WRITTEN,
                        Story.SHELL_WRITTEN,
                        HIDDEN));
        owa.sort((a, b) -> a.path().compareToIgnoreCase(b.path()));
        List<String> withHash = new ArrayList<>(BASIC);
        withHash.add("SHA256");
        ExportWriter.write(
                triage.resolve("Files/owa-auth.csv"),
                withHash,
                owa,
                e -> {
                    List<String> v = fields(e);
                    v.add(e.length() == null ? "" : sha256(e.path()));
                    return v;
                });

        String ecp = Story.EXCHANGE + "FrontEnd\\HttpProxy\\ecp\\auth\\";
        ExportWriter.write(
                triage.resolve("Files/ecp-auth.csv"),
                BASIC,
                List.of(new Entry(ecp + "TimeoutLogoff.aspx", 5123L, CU18, CU18, "Archive")),
                FileListings::fields);

        String client = "C:\\inetpub\\wwwroot\\aspnet_client\\";
        ExportWriter.write(
                triage.resolve("Files/aspnet_client.csv"),
                BASIC,
                List.of(
                        Entry.dir(client + "system_web", SERVER_BUILT),
                        Entry.dir(client + "system_web\\4_0_30319", SERVER_BUILT)),
                FileListings::fields);

        String pst = Story.STAGING_DIR + "\\";
        Instant backup = Instant.parse("2021-01-31T23:10:44Z");
        ExportWriter.write(
                triage.resolve("Files/ProgramData-archives-and-programs.csv"),
                BASIC,
                List.of(
                        new Entry(
                                "C:\\ProgramData\\Harbourline\\ConfigBackup\\exchange-config-2021-01-31.zip",
                                88_214L,
                                backup,
                                backup,
                                "Archive"),
                        new Entry(
                                pst + "7z.dll",
                                1_679_360L,
                                ShellSessions.SEVEN_ZIP_AT.plusMillis(301),
                                ShellSessions.SEVEN_ZIP_AT.plusMillis(301),
                                "Archive"),
                        new Entry(
                                pst + "7z.exe",
                                468_992L,
                                ShellSessions.SEVEN_ZIP_AT,
                                ShellSessions.SEVEN_ZIP_AT,
                                "Archive"),
                        new Entry(
                                Story.ARCHIVE,
                                ShellSessions.ARCHIVE_BYTES,
                                ShellSessions.ARCHIVE_AT.minusMillis(25900),
                                ShellSessions.ARCHIVE_AT,
                                "Archive")),
                FileListings::fields);

        Instant mp = Instant.parse("2021-03-16T02:41:09Z");
        ExportWriter.write(
                triage.resolve("Files/Windows-Temp.csv"),
                BASIC,
                List.of(
                        new Entry(
                                Story.LSASS_DUMP,
                                ShellSessions.DUMP_BYTES,
                                ShellSessions.DUMP_AT,
                                ShellSessions.DUMP_AT.plusMillis(1700),
                                "Archive"),
                        new Entry(
                                "C:\\Windows\\Temp\\MpCmdRun.log",
                                41_208L,
                                SERVER_BUILT,
                                mp,
                                "Archive"),
                        new Entry(
                                "C:\\Windows\\Temp\\ExchangeSetupLogs",
                                null,
                                CU18.minusSeconds(3600),
                                CU18,
                                "Directory"),
                        new Entry(
                                "C:\\Windows\\Temp\\msedge_installer.log",
                                2_114L,
                                Instant.parse("2021-02-09T03:12:55Z"),
                                Instant.parse("2021-02-09T03:12:58Z"),
                                "Archive")),
                FileListings::fields);
    }

    private static List<String> fields(Entry e) {
        List<String> v = new ArrayList<>();
        v.add(e.path());
        v.add(e.length() == null ? "" : Long.toString(e.length()));
        v.add(ScenarioFiles.powershell(e.created()));
        v.add(ScenarioFiles.powershell(e.written()));
        v.add(e.attributes());
        return v;
    }
}
