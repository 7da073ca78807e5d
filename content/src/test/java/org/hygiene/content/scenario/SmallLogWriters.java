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
import org.hygiene.content.scenario.Evidence.EcpEntry;
import org.hygiene.content.scenario.Evidence.OabLine;

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
            try (OutputStream out = Files.create(file)) {
                Files.write(out, "#Software: Microsoft Exchange Server" + Files.CRLF);
                Files.write(out, "#Version: 15.0.0.0" + Files.CRLF);
                Files.write(out, "#Log-type: ECP Server Log" + Files.CRLF);
                Files.write(
                        out,
                        "#Date: "
                                + Files.iso(day.getValue().get(0).at().minusMillis(31))
                                + Files.CRLF);
                Files.write(out, "#Fields: TimeStamp,ServerName,EventId,EventData" + Files.CRLF);
                for (EcpEntry e : day.getValue()) {
                    Files.write(
                            out,
                            Files.iso(e.at())
                                    + ","
                                    + Story.HOST
                                    + ","
                                    + e.eventId()
                                    + ","
                                    + LogFileCsv.quote(e.eventData())
                                    + Files.CRLF);
                }
            }
        }
    }

    static final String OAB_NOTICE =
            "# SYNTHETIC SAMPLE written for the Hygiene course. No raw OABGeneratorLog line has"
                    + " been"
                    + Files.CRLF
                    + "# published: only the text of the message about a failed download whose"
                    + Files.CRLF
                    + "# temporary file must be removed is documented. The layout below is"
                    + " invented."
                    + Files.CRLF;

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
                    Files.create(dir.resolve("OABGeneratorLog_" + file.getKey() + "-1.LOG"))) {
                Files.write(out, OAB_NOTICE);
                Files.write(out, "#Fields: DateTime,Message" + Files.CRLF);
                for (OabLine line : file.getValue()) {
                    Files.write(
                            out,
                            Files.iso(line.at())
                                    + ","
                                    + LogFileCsv.quote(line.message())
                                    + Files.CRLF);
                }
            }
        }
    }
}
