package org.hygiene.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.events.LearnerEventKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    private static final Instant T = Instant.parse("2026-12-03T09:00:00Z");

    @TempDir Path dir;

    private Path file() {
        return dir.resolve(ClassJournal.FILE_NAME);
    }

    private void record(LearnerEvent... events) throws Exception {
        try (ClassJournal journal =
                ClassJournal.open(file(), new PrintWriter(new StringWriter()))) {
            for (LearnerEvent e : events) {
                journal.record(e);
            }
        }
    }

    @Test
    void everyFieldOfEveryKindComesBackAsWritten() throws Exception {
        List<LearnerEvent> written =
                List.of(
                        LearnerEvent.unitOpened("03-ssrf").at(T).by("ada"),
                        LearnerEvent.position("03-ssrf", 42).at(T).by("ada"),
                        LearnerEvent.query("03-ssrf", "first-ip", "HttpProxy | take 5", 5)
                                .at(T)
                                .by("ada"),
                        LearnerEvent.answer("03-ssrf", "first-ip", "203.0.113.7", true, 6)
                                .at(T)
                                .by("ada"),
                        LearnerEvent.quizMark(
                                        "q3", "ssrf", List.of("a", "c"), false, 0.5, 1, 7, true)
                                .at(T)
                                .by("bob"),
                        LearnerEvent.quizGraded("q3", 3.5, 5, 7, true).at(T).by("bob"));
        record(written.toArray(LearnerEvent[]::new));

        JournalReader.Read read = JournalReader.read(file());

        assertThat(read.notices()).isEmpty();
        assertThat(read.events()).isEqualTo(written);
    }

    @Test
    void eachLineIsOneJsonObjectWithTheSchemaVersion() throws Exception {
        record(LearnerEvent.hint("03-ssrf", "first-ip", 1).at(T).by("ada"));
        assertThat(Files.readString(file()))
                .isEqualTo(
                        "{\"v\":1,\"at\":\"2026-12-03T09:00:00Z\",\"learner\":\"ada\",\"kind\":\"hint\",\"unit\":\"03-ssrf\",\"item\":\"first-ip\",\"number\":1}\n");
    }

    @Test
    void aTruncatedLastLineIsSkippedWithANoticeAndTheNextEventStartsANewLine() throws Exception {
        record(LearnerEvent.joined().at(T).by("ada"));
        Files.writeString(file(), "{\"v\":1,\"at\":\"2026-12-03T09:0", StandardOpenOption.APPEND);

        JournalReader.Read read = JournalReader.read(file());
        assertThat(read.events()).hasSize(1);
        assertThat(read.notices())
                .containsExactly("journal.jsonl:2: skipped a line that cannot be read (not JSON)");

        record(LearnerEvent.left().at(T).by("ada"));
        JournalReader.Read after = JournalReader.read(file());
        assertThat(after.events())
                .extracting(LearnerEvent::kind)
                .containsExactly(LearnerEventKind.JOINED, LearnerEventKind.LEFT);
        assertThat(after.notices()).hasSize(1);
    }

    @Test
    void damagedAndNewerLinesAnywhereAreSkippedOneByOne() throws Exception {
        Files.writeString(
                file(),
                String.join(
                        "\n",
                        "{\"v\":1,\"kind\":\"joined\",\"learner\":\"ada\"}",
                        "garbage \u001b[2J",
                        "{\"v\":9,\"kind\":\"teleported\"}",
                        "{\"v\":1,\"kind\":\"no-such-kind\"}",
                        "{\"v\":1,\"kind\":\"left\",\"at\":\"yesterday\"}",
                        "[1,2]",
                        "{\"kind\":\"left\"}",
                        "",
                        "{\"v\":1,\"kind\":\"left\",\"learner\":\"ada\"}",
                        ""),
                StandardCharsets.UTF_8);

        JournalReader.Read read = JournalReader.read(file());

        assertThat(read.events()).hasSize(2);
        assertThat(read.notices())
                .containsExactly(
                        "journal.jsonl:2: skipped a line that cannot be read (not JSON)",
                        "journal.jsonl:3: skipped a line that cannot be read (written by a newer"
                                + " Hygiene (schema version 9))",
                        "journal.jsonl:4: skipped a line that cannot be read (unknown kind)",
                        "journal.jsonl:5: skipped a line that cannot be read (bad time)",
                        "journal.jsonl:6: skipped a line that cannot be read (not JSON)",
                        "journal.jsonl:7: skipped a line that cannot be read (no schema version)");
    }

    @Test
    void aMissingJournalIsAnEmptyOne() throws Exception {
        JournalReader.Read read = JournalReader.read(dir.resolve("none.jsonl"));
        assertThat(read.events()).isEmpty();
        assertThat(read.notices()).isEmpty();
    }

    @Test
    void longAnswersAreCut() {
        LearnerEvent e = LearnerEvent.answer("u", "x", "y".repeat(5000), false, 0);
        assertThat(e.text()).hasSize(LearnerEvent.MAX_TEXT);
    }
}
