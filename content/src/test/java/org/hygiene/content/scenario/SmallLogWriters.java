package org.hygiene.content.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hygiene.content.scenario.ScenarioEvidence.EcpEntry;
import org.hygiene.content.scenario.ScenarioEvidence.OabLine;

/** Write the ECP Server logs and the synthetic OAB generator log. */
final class SmallLogWriters {
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    private SmallLogWriters() {}

    static void ecp(Path root, List<EcpEntry> entries) throws IOException {
        Map<LocalDate, List<EcpEntry>> days = new TreeMap<>();
        for (EcpEntry e : entries) {
            days.computeIfAbsent(
                            e.at().atZone(ZoneOffset.UTC).toLocalDate(), d -> new ArrayList<>())
                    .add(e);
        }
        Path dir = root.resolve(Story.EXCHANGE_DIR + "Logging/ECP/Server");
        for (Map.Entry<LocalDate, List<EcpEntry>> day : days.entrySet()) {
            Path file = dir.resolve("ECPServer" + DAY.format(day.getKey()) + "-1.LOG");
            try (OutputStream out = ScenarioFiles.create(file)) {
                ScenarioFiles.write(
                        out, "#Software: Microsoft Exchange Server" + ScenarioFiles.CRLF);
                ScenarioFiles.write(out, "#Version: 15.0.0.0" + ScenarioFiles.CRLF);
                ScenarioFiles.write(out, "#Log-type: ECP Server Log" + ScenarioFiles.CRLF);
                ScenarioFiles.write(
                        out,
                        "#Date: "
                                + ScenarioFiles.iso(day.getValue().get(0).at().minusMillis(31))
                                + ScenarioFiles.CRLF);
                ScenarioFiles.write(
                        out,
                        "#Fields: TimeStamp,ServerName,EventId,EventData" + ScenarioFiles.CRLF);
                for (EcpEntry e : day.getValue()) {
                    ScenarioFiles.write(
                            out,
                            ScenarioFiles.iso(e.at())
                                    + ","
                                    + Story.HOST
                                    + ","
                                    + e.eventId()
                                    + ","
                                    + LogFileCsv.quote(e.eventData())
                                    + ScenarioFiles.CRLF);
                }
            }
        }
    }

    static final String OAB_NOTICE =
            "# SYNTHETIC SAMPLE written for the Hygiene course. No raw OABGeneratorLog line has"
                    + " been"
                    + ScenarioFiles.CRLF
                    + "# published: only the text of the message about a failed download whose"
                    + ScenarioFiles.CRLF
                    + "# temporary file must be removed is documented. The layout below is"
                    + " invented."
                    + ScenarioFiles.CRLF;

    static void oab(Path root, List<OabLine> lines) throws IOException {
        Map<String, List<OabLine>> files = new TreeMap<>();
        for (OabLine line : lines) {
            LocalDate d = line.at().atZone(ZoneOffset.UTC).toLocalDate();
            LocalDate first =
                    d.getDayOfMonth() < 15 && d.getMonthValue() == 3
                            ? LocalDate.of(2021, 3, 1)
                            : d.getMonthValue() == 3 ? LocalDate.of(2021, 3, 15) : Story.FIRST_DAY;
            files.computeIfAbsent(DAY.format(first), k -> new ArrayList<>()).add(line);
        }
        Path dir = root.resolve(Story.EXCHANGE_DIR + "Logging/OABGeneratorLog");
        for (Map.Entry<String, List<OabLine>> file : files.entrySet()) {
            try (OutputStream out =
                    ScenarioFiles.create(
                            dir.resolve("OABGeneratorLog_" + file.getKey() + "-1.LOG"))) {
                ScenarioFiles.write(out, OAB_NOTICE);
                ScenarioFiles.write(out, "#Fields: DateTime,Message" + ScenarioFiles.CRLF);
                for (OabLine line : file.getValue()) {
                    ScenarioFiles.write(
                            out,
                            ScenarioFiles.iso(line.at())
                                    + ","
                                    + LogFileCsv.quote(line.message())
                                    + ScenarioFiles.CRLF);
                }
            }
        }
    }
}
