package org.hygiene.core.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A beacon is offered while its presenter lives; stale, hostile or broken ones never are. */
class PresenterWatchTest {
    @TempDir Path folder;

    private final Instant now = Instant.parse("2026-12-03T10:00:00Z");

    private PresenterWatch watchAt(Instant at) {
        return new PresenterWatch(new PresenterBeacon(folder), Clock.fixed(at, ZoneOffset.UTC));
    }

    private static PresenterBeacon.Position slide(int slide) {
        return new PresenterBeacon.Position(
                "hunting-the-ssrf",
                "Hunting the SSRF",
                slide,
                15,
                Instant.parse("2026-12-03T09:50:00Z"),
                "file:///course/lessons/03.md");
    }

    private void publishAt(int slide, Instant modified) throws Exception {
        PresenterBeacon beacon = new PresenterBeacon(folder);
        beacon.publish(slide(slide));
        Files.setLastModifiedTime(beacon.file(), FileTime.from(modified));
    }

    private void writeRaw(String json) throws Exception {
        Files.writeString(folder.resolve(PresenterBeacon.FILE_NAME), json, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(
                folder.resolve(PresenterBeacon.FILE_NAME), FileTime.from(now.minusSeconds(1)));
    }

    @Test
    void aBeaconPublishedByARunningPresenterIsLiveUntilItIsCleared() throws Exception {
        publishAt(3, now.minusSeconds(5));
        PresenterWatch watch = watchAt(now);

        assertThat(watch.live()).contains(slide(3));

        new PresenterBeacon(folder).clear();
        assertThat(watch.live()).isEmpty();
    }

    @Test
    void aBeaconNobodyTouchedForLongerThanTheStaleTimeIsNotOffered() throws Exception {
        publishAt(3, now.minus(PresenterWatch.STALE_AFTER).minusSeconds(1));
        assertThat(watchAt(now).live()).isEmpty();

        new PresenterBeacon(folder).touch(now.minusSeconds(1));
        assertThat(watchAt(now).live()).contains(slide(3));
    }

    @Test
    void theHeartbeatIsMuchShorterThanTheStaleTime() {
        assertThat(PresenterWatch.HEARTBEAT.multipliedBy(3)).isLessThan(PresenterWatch.STALE_AFTER);
    }

    @Test
    void aBeaconLeftByAKilledPresenterIsStaleAtOnce() throws Exception {
        // No process has this id: Linux caps ids at 4194304, other systems lower still.
        writeRaw(json(3, "\"pid\": 999999999,"));
        assertThat(watchAt(now).live()).isEmpty();
    }

    @Test
    void aReusedProcessIdIsToldApartByTheProcessStartTime() throws Exception {
        long self = ProcessHandle.current().pid();
        writeRaw(json(3, "\"pid\": " + self + ", \"processStart\": \"2001-01-01T00:00:00Z\","));
        assertThat(watchAt(now).live()).isEmpty();

        String start = ProcessHandle.current().info().startInstant().orElseThrow().toString();
        writeRaw(json(3, "\"pid\": " + self + ", \"processStart\": \"" + start + "\","));
        assertThat(watchAt(now).live()).map(PresenterBeacon.Position::slide).contains(3);
    }

    @Test
    void aBeaconThatNamesNoProcessIsJudgedByItsAgeAlone() throws Exception {
        writeRaw(json(2, ""));
        assertThat(watchAt(now).live()).map(PresenterBeacon.Position::slide).contains(2);
        assertThat(watchAt(now.plus(PresenterWatch.STALE_AFTER).plusSeconds(2)).live()).isEmpty();
    }

    @Test
    void theFileIsParsedAgainOnlyWhenItChanged() throws Exception {
        writeRaw(json(2, ""));
        PresenterWatch watch = watchAt(now);
        assertThat(watch.live()).map(PresenterBeacon.Position::slide).contains(2);

        // Same file, same size, same time: the watch keeps what it parsed.
        Path file = folder.resolve(PresenterBeacon.FILE_NAME);
        Files.writeString(file, json(7, ""));
        Files.setLastModifiedTime(file, FileTime.from(now.minusSeconds(1)));
        assertThat(watch.live()).map(PresenterBeacon.Position::slide).contains(2);

        Files.setLastModifiedTime(file, FileTime.from(now));
        assertThat(watch.live()).map(PresenterBeacon.Position::slide).contains(7);
    }

    @Test
    void hostileOrBrokenBeaconsCountAsNobodyPresenting() throws Exception {
        PresenterWatch watch = watchAt(now);
        for (String hostile :
                new String[] {
                    "",
                    "{",
                    "not json at all",
                    "[1, 2, 3]",
                    json(3, "").replace("\"schema\": 1", "\"schema\": 2"),
                    json(3, "").replace("\"slide\": 3", "\"slide\": -1"),
                    json(3, "").replace("\"slide\": 3", "\"slide\": 15"),
                    json(3, "").replace("\"total\": 15", "\"total\": 2000000000"),
                    json(3, "").replace("\"unit\": \"hunting-the-ssrf\"", "\"unit\": \"\""),
                    json(3, "").replace("\"unit\": \"hunting-the-ssrf\"", "\"unit\": [1]"),
                    json(3, "").replace("\"started\": \"2026-12-03T09:50:00Z\"", "\"started\": 5"),
                    "[".repeat(60_000),
                    "{\"a\":".repeat(10_000),
                    json(3, "\"padding\": \"" + "x".repeat(PresenterBeacon.MAX_BYTES) + "\","),
                }) {
            writeRaw(hostile);
            assertThat(watch.live()).as("%.60s", hostile).isEmpty();
            Files.delete(folder.resolve(PresenterBeacon.FILE_NAME));
            assertThat(watch.live()).isEmpty();
        }
        Files.createDirectory(folder.resolve(PresenterBeacon.FILE_NAME));
        assertThat(watch.live()).isEmpty();
    }

    @Test
    void longTextsAreCutAndEscapesAreLeftForTheScreensToClean() throws Exception {
        String title = "\u001b]0;owned\u0007\u001b[2J" + "T".repeat(5_000);
        writeRaw(
                json(3, "")
                        .replace(
                                "Hunting the SSRF",
                                title.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007")));
        PresenterBeacon.Position p = watchAt(now).live().orElseThrow();
        assertThat(p.lessonTitle()).hasSize(PresenterBeacon.MAX_TEXT).startsWith("\u001b]0;");
    }

    @Test
    void aClassBeaconLivesInTheClassFolderAndNotInTheDataFolder() throws Exception {
        Path data = folder.resolve("data");
        Path classRoot = data.resolve("classes").resolve("monday");
        new PresenterBeacon(classRoot).publish(slide(1));

        assertThat(classRoot.resolve(PresenterBeacon.FILE_NAME)).exists();
        assertThat(data.resolve(PresenterBeacon.FILE_NAME)).doesNotExist();
        assertThat(new PresenterWatch(new PresenterBeacon(classRoot), Clock.systemUTC()).live())
                .contains(slide(1));
        assertThat(new PresenterWatch(new PresenterBeacon(data), Clock.systemUTC()).live())
                .isEmpty();
    }

    @Test
    void anotherLivePresenterIsToldFromThisOne() throws Exception {
        publishAt(1, now);
        assertThat(watchAt(now).presentedByAnother()).isFalse();

        writeRaw(json(1, "\"pid\": " + ProcessHandle.current().pid() + ","));
        PresenterWatch otherProcess =
                new PresenterWatch(
                        new PresenterBeacon(folder), Clock.fixed(now, ZoneOffset.UTC), p -> true);
        assertThat(otherProcess.presentedByAnother()).isFalse();
        writeRaw(json(1, "\"pid\": 999999999,"));
        assertThat(
                        new PresenterWatch(
                                        new PresenterBeacon(folder),
                                        Clock.fixed(now, ZoneOffset.UTC),
                                        p -> true)
                                .presentedByAnother())
                .isTrue();
        assertThat(watchAt(now).presentedByAnother()).isFalse(); // that one is gone
    }

    private static String json(int slide, String extra) {
        return """
        {"schema": 1, "unit": "hunting-the-ssrf", "lessonTitle": "Hunting the SSRF",
         %s
         "slide": %d, "total": 15, "started": "2026-12-03T09:50:00Z",
         "source": "file:///course/lessons/03.md"}
        """
                .formatted(extra, slide);
    }
}
