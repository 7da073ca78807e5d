package org.hygiene.lessons.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hygiene.lessons.hunt.HuntEngine;
import org.hygiene.lessons.hunt.QueryResult;
import org.hygiene.lessons.logs.LogTable;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.RowCursor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a table's files on two threads gives what reading them one by one gives. */
class FileTableParallelTest {
    /** The course's own scenario, beside this module. */
    private static final Path HARBOURLINE = Path.of("../content/course/samples/harbourline");

    private static List<String> read(LogTable table, RawFilter filter) throws IOException {
        List<String> out = new ArrayList<>();
        try (RowCursor cursor = table.open(filter)) {
            Row row;
            while ((row = cursor.next()) != null) {
                out.add(
                        row.origin()
                                + " "
                                + Arrays.toString(row.values())
                                + " "
                                + cursor.rejected());
            }
            out.add("rejected " + cursor.rejected() + " skipped " + cursor.skipped());
        }
        return out;
    }

    private static List<LogTable> tables(Evidence evidence, boolean parallel) {
        return evidence.tables().stream()
                .map(t -> (LogTable) ((FileTable) t).parallel(parallel))
                .toList();
    }

    @Test
    void everyTableOfTheBundledScenarioReadsTheSameOnTwoThreads() throws IOException {
        assertThat(HARBOURLINE.resolve("inetpub")).isDirectory();
        Evidence evidence = Evidence.scan(HARBOURLINE);
        assertThat(evidence.tables()).hasSizeGreaterThanOrEqualTo(5);
        for (LogTable t : evidence.tables()) {
            FileTable table = (FileTable) t;
            for (RawFilter filter :
                    List.of(
                            RawFilter.ALL,
                            RawFilter.containsIgnoreCase("ServerInfo~"),
                            RawFilter.containsIgnoreCase("ecp"))) {
                List<String> sequential = read(table.parallel(false), filter);
                assertThat(read(table.parallel(true), filter))
                        .as("%s, %s", table.name(), filter.literal())
                        .isEqualTo(sequential);
            }
        }
    }

    @Test
    void queriesOverTheBundledScenarioGiveTheSameResultsOnTwoThreads() throws Exception {
        Evidence evidence = Evidence.scan(HARBOURLINE);
        HuntEngine sequential = HuntEngine.over(tables(evidence, false));
        HuntEngine parallel = HuntEngine.over(tables(evidence, true));
        assertThat(parallel.now()).isEqualTo(sequential.now());
        for (String query :
                List.of(
                        "HttpProxy | where AnchorMailbox startswith 'ServerInfo~'"
                                + " | summarize count() by ClientIpAddress",
                        "W3CIISLog | where csUriStem has 'ecp' | take 7",
                        "W3CIISLog | take 3",
                        "HttpProxy | count",
                        "W3CIISLog | summarize n = count() by cIP | order by n desc, cIP asc")) {
            QueryResult expected = sequential.run(query);
            QueryResult actual = parallel.run(query);
            assertThat(actual.rows()).as(query).isNotEmpty();
            assertThat(actual.toString()).as(query).isEqualTo(expected.toString());
        }
    }

    @Test
    void aFileGoneSinceTheScanFailsAfterTheSameRowsOnTwoThreads(@TempDir Path root)
            throws IOException {
        for (int day = 1; day <= 6; day++) {
            EvidenceTest.write(
                    root,
                    "inetpub/logs/LogFiles/W3SVC1/u_ex21030" + day + ".log",
                    EvidenceTest.IIS);
        }
        Evidence evidence = Evidence.scan(root);
        Files.delete(root.resolve("inetpub/logs/LogFiles/W3SVC1/u_ex210304.log"));
        for (boolean parallel : new boolean[] {false, true}) {
            FileTable table = ((FileTable) evidence.tables().get(0)).parallel(parallel);
            List<String> rows = new ArrayList<>();
            try (RowCursor cursor = table.open(RawFilter.ALL)) {
                assertThatThrownBy(
                                () -> {
                                    Row row;
                                    while ((row = cursor.next()) != null) {
                                        rows.add(row.origin().toString());
                                    }
                                })
                        .as("parallel %s", parallel)
                        .isInstanceOf(IOException.class);
                assertThat(cursor.rejected()).isEqualTo(3);
            }
            assertThat(rows).as("parallel %s", parallel).hasSize(6);
        }
    }
}
