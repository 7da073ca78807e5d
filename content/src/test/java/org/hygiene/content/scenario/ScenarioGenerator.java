package org.hygiene.content.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Generate the Harbourline scenario: every log a responder would collect from the fictional
 * organisation's Exchange server, February 20 to March 19, 2021. Seeded, so the output is the same
 * byte for byte on every run. Run it through {@code ScenarioFilesTest} (see docs/scenario.md) or
 * with {@link #main}.
 */
public final class ScenarioGenerator {
    private ScenarioGenerator() {}

    /** Write the scenario into {@code root} (which should be empty). */
    public static void generate(Path root) throws IOException {
        Rand rand = new Rand(Story.SEED);
        ScenarioEvidence e = new ScenarioEvidence();
        new OrdinaryTraffic(rand, e, People.all(rand)).generate();
        Intrusion intrusion = new Intrusion(rand, e);
        intrusion.generate();
        new ShellSessions(rand, e).generate();
        new OtherActors(rand, e, intrusion).generate();
        new HostRoutine(rand, e).generate();
        OabGeneration.generate(rand, e);

        // The responder collected the evidence at 10:05 on 19 March: nothing is later.
        e.hits.removeIf(h -> !h.at.isBefore(Story.COLLECTED));
        e.ecp.removeIf(x -> !x.at().isBefore(Story.COLLECTED));
        e.events.removeIf(x -> !x.at().isBefore(Story.COLLECTED));
        e.oab.removeIf(x -> !x.at().isBefore(Story.COLLECTED));

        Collections.sort(e.hits);
        for (Hit hit : e.hits) {
            hit.requestId = rand.guid();
        }
        e.ecp.sort(Comparator.comparing(ScenarioEvidence.EcpEntry::at));
        e.events.sort(Comparator.comparing(ScenarioEvidence.WinEvent::at));

        IisLogWriter.write(root, e.hits);
        HttpProxyLogWriter.write(root, e.hits, rand);
        SmallLogWriters.ecp(root, e.ecp);
        SmallLogWriters.oab(root, e.oab);
        Path triage = root.resolve("Triage");
        List<String> full =
                List.of(
                        "TimeCreated",
                        "Id",
                        "Level",
                        "LevelDisplayName",
                        "LogName",
                        "ProviderName",
                        "MachineName",
                        "Message");
        ExportWriter.events(
                triage.resolve("EventLogs/Security.csv"),
                full,
                e.events.stream().filter(v -> v.log().equals("Security")).toList());
        ExportWriter.events(
                triage.resolve("EventLogs/Sysmon.csv"),
                full,
                e.events.stream().filter(v -> v.log().equals(WinEvents.SYSMON_LOG)).toList());
        ExportWriter.events(
                triage.resolve("EventLogs/MSExchange-Management.csv"),
                full,
                e.events.stream().filter(v -> v.log().equals("MSExchange Management")).toList());
        // Exported in a hurry with fewer columns: readers go by the header.
        ExportWriter.events(
                triage.resolve("EventLogs/Application.csv"),
                List.of(
                        "TimeCreated",
                        "Id",
                        "LevelDisplayName",
                        "LogName",
                        "ProviderName",
                        "Message"),
                e.events.stream().filter(v -> v.log().equals("Application")).toList());
        FileListings.write(triage, rand);
        try (OutputStream out = ScenarioFiles.create(triage.resolve("hostname.txt"))) {
            ScenarioFiles.write(out, Story.HOST + ScenarioFiles.CRLF);
        }
        try (OutputStream out = ScenarioFiles.create(triage.resolve("collection-notes.txt"))) {
            ScenarioFiles.write(out, CollectionNotes.TEXT.replace("\n", ScenarioFiles.CRLF));
        }
    }

    /** Regenerate into the folder given as the first argument. */
    public static void main(String[] args) throws IOException {
        generate(Path.of(args[0]));
    }
}
