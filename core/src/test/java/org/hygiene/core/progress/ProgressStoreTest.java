package org.hygiene.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    @TempDir Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

    private ProgressStore store() {
        return new ProgressStore(dir, clock);
    }

    private static Progress sample() {
        Progress p = new Progress("alice");
        p.current("hunting-the-ssrf");
        UnitProgress u = p.unit("hunting-the-ssrf");
        u.start(Instant.parse("2026-03-01T10:00:00Z"));
        u.position(42);
        ItemProgress item = u.item("ssrf-source");
        item.worth(10);
        item.takeHint();
        item.countAttempt();
        item.countAttempt();
        item.countAttempt();
        item.solve(8, Instant.parse("2026-03-01T10:12:00Z"));
        p.unit("what-happened").complete(Instant.parse("2026-02-28T09:00:00Z"));
        return p;
    }

    @Test
    void savedProgressLoadsBackTheSame() throws Exception {
        store().save(sample());

        ProgressStore.Loaded loaded = store().load("alice");

        assertThat(loaded.notices()).isEmpty();
        Progress p = loaded.progress();
        assertThat(p.current()).isEqualTo("hunting-the-ssrf");
        assertThat(p.updatedAt()).isEqualTo(clock.instant());
        UnitProgress u = p.find("hunting-the-ssrf").orElseThrow();
        assertThat(u.state()).isEqualTo(UnitState.STARTED);
        assertThat(u.position()).isEqualTo(42);
        assertThat(u.score()).isEqualTo(8);
        assertThat(u.maxScore()).isEqualTo(10);
        ItemProgress item = u.findItem("ssrf-source").orElseThrow();
        assertThat(item.solved()).isTrue();
        assertThat(item.hintsUsed()).isEqualTo(1);
        assertThat(item.attempts()).isEqualTo(3);
        assertThat(item.solvedAt()).isEqualTo(Instant.parse("2026-03-01T10:12:00Z"));
        assertThat(p.state("what-happened")).isEqualTo(UnitState.DONE);
    }

    @Test
    void theFileCarriesASchemaVersion() throws Exception {
        store().save(sample());

        assertThat(Files.readString(store().fileOf("alice"))).contains("\"schemaVersion\": 2");
    }

    @Test
    void aMissingFileGivesFreshProgress() {
        ProgressStore.Loaded loaded = store().load("bob");

        assertThat(loaded.notices()).isEmpty();
        assertThat(loaded.progress().units()).isEmpty();
    }

    @Test
    void eachSaveKeepsThePreviousVersionAsBackup() throws Exception {
        Progress p = sample();
        store().save(p);
        p.current("responding");
        store().save(p);

        Path backup = dir.resolve("progress/alice.json.bak");
        assertThat(Files.readString(backup)).contains("\"current\": \"hunting-the-ssrf\"");
        assertThat(Files.readString(store().fileOf("alice")))
                .contains("\"current\": \"responding\"");
        try (Stream<Path> files = Files.list(dir.resolve("progress"))) {
            assertThat(files)
                    .as("no temporary files left behind")
                    .allMatch(f -> !f.toString().endsWith(".tmp"));
        }
    }

    @Test
    void aCorruptFileIsSetAsideAndTheBackupIsUsed() throws Exception {
        Progress p = sample();
        store().save(p);
        p.current("responding");
        store().save(p);
        Files.writeString(store().fileOf("alice"), "{\"schemaVersion\": 1, \"units\": {tru");

        ProgressStore.Loaded loaded = store().load("alice");

        assertThat(loaded.progress().current()).isEqualTo("hunting-the-ssrf");
        assertThat(loaded.notices()).hasSize(2);
        assertThat(loaded.notices().get(0))
                .contains("could not be used: not valid JSON")
                .contains("alice.json.corrupt-20260302-080000");
        assertThat(loaded.notices().get(1)).startsWith("Continuing from the previous save");
        assertThat(dir.resolve("progress/alice.json.corrupt-20260302-080000")).exists();
    }

    @Test
    void aFileFromANewerVersionIsSetAsideNotOverwritten() throws Exception {
        Files.createDirectories(dir.resolve("progress"));
        Files.writeString(store().fileOf("alice"), "{\"schemaVersion\": 99, \"units\": {}}");

        ProgressStore.Loaded loaded = store().load("alice");

        assertThat(loaded.notices().get(0)).contains("written by a newer Hygiene (schema 99)");
        assertThat(loaded.notices()).last().isEqualTo("Starting with fresh progress.");
        assertThat(dir.resolve("progress/alice.json.newer-20260302-080000"))
                .hasContent("{\"schemaVersion\": 99, \"units\": {}}");
    }

    @Test
    void wrongTypesInsideValidJsonAreReportedAsCorrupt() throws Exception {
        Files.createDirectories(dir.resolve("progress"));
        Files.writeString(
                store().fileOf("alice"),
                "{\"schemaVersion\": 1, \"units\": {\"a\": {\"state\": \"flying\"}}}");

        assertThat(store().load("alice").notices().get(0))
                .contains("unexpected content: units.a.state: expected new, started or done");
    }

    @Test
    void resetMovesTheFileAsideWhereItCanBeRecovered() throws Exception {
        store().save(sample());

        Path aside = store().reset("alice");

        assertThat(aside).exists().hasFileName("alice.json.reset-20260302-080000");
        assertThat(ProgressJsonReader.read(Files.readString(aside), "alice").units()).hasSize(2);
    }

    @Test
    void resetStartsFromNothingEvenWithABackupBeside() throws Exception {
        Progress p = sample();
        store().save(p);
        store().save(p); // now there is a .bak with everything in it too

        store().reset("alice");

        ProgressStore.Loaded loaded = store().load("alice");
        assertThat(loaded.notices()).isEmpty();
        assertThat(loaded.progress().units()).isEmpty();
        assertThat(dir.resolve("progress/alice.json.bak")).doesNotExist();
        assertThat(dir.resolve("progress/alice.json.bak.reset-20260302-080000")).exists();
    }

    @Test
    void aCopyStillOpenDuringAResetDoesNotBringTheOldProgressBack() throws Exception {
        Progress open = sample();
        store().save(open);

        store().reset("alice");
        assertThat(store().save(open)).as("the save reports the reset").isFalse();

        assertThat(open.units()).isEmpty();
        assertThat(store().load("alice").progress().units()).isEmpty();
    }

    @Test
    void aMissingFileIsFreshProgressNotTheBackup() throws Exception {
        Progress p = sample();
        store().save(p);
        store().save(p);
        Files.delete(store().fileOf("alice"));

        assertThat(store().load("alice").progress().units()).isEmpty();
    }

    @Test
    void learnerNamesCannotEscapeTheFolder() {
        assertThat(store().fileOf("../../etc/passwd").getParent())
                .isEqualTo(dir.resolve("progress"));
        assertThat(ProgressStore.safeName("..")).isEqualTo("_..");
        assertThat(ProgressStore.safeName("a b/c")).isEqualTo("a_b_c");
    }

    @Test
    void aUnitWithoutStateIsReportedAsCorruptNotACrash() throws Exception {
        Files.createDirectories(dir.resolve("progress"));
        Files.writeString(
                store().fileOf("alice"), "{\"schemaVersion\": 1, \"units\": {\"a\": {}}}");

        assertThat(store().load("alice").notices().get(0))
                .contains("unexpected content: units.a.state: expected new, started or done");
    }
}
