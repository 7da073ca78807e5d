package org.hygiene.core.slides;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Tell whether someone is presenting, from a {@link PresenterBeacon}, cheaply enough to ask many
 * times a second from every learner's screen of a served class: the file is parsed again only when
 * it changed, and a beacon left behind by a presenter that is gone is never offered.
 *
 * <p>A beacon is <em>stale</em>, and counts as nobody presenting, when the process it names is not
 * running on this machine (the presenter was killed; a pid reused by another program is told apart
 * by its start time), or when nobody has rewritten or touched it for {@link #STALE_AFTER} (the
 * presenter is frozen, or runs where its process cannot be checked). A presenter touches its beacon
 * every {@link #HEARTBEAT}, also while a live demo in the hunt shell covers the slides.
 */
public final class PresenterWatch {
    /** How often a running presenter touches its beacon. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(20);

    /** A beacon untouched for this long is stale: several heartbeats were missed. */
    public static final Duration STALE_AFTER = Duration.ofSeconds(90);

    /** How long a process check holds; checking costs a look into the process table. */
    private static final Duration RECHECK_PROCESS = Duration.ofSeconds(1);

    private final PresenterBeacon beacon;
    private final Clock clock;
    private final Predicate<PresenterBeacon.Published> running;
    private List<Object> seenVersion;
    private Optional<PresenterBeacon.Published> seen = Optional.empty();
    private Instant modified = Instant.EPOCH;
    private Instant processCheckedAt = Instant.EPOCH;
    private boolean processRunning;

    public PresenterWatch(PresenterBeacon beacon, Clock clock) {
        this(beacon, clock, PresenterWatch::processRunning);
    }

    PresenterWatch(
            PresenterBeacon beacon, Clock clock, Predicate<PresenterBeacon.Published> running) {
        this.beacon = beacon;
        this.clock = clock;
        this.running = running;
    }

    public PresenterBeacon beacon() {
        return beacon;
    }

    /** Where the presenter is now, if someone presents and their beacon is not stale. */
    public synchronized Optional<PresenterBeacon.Position> live() {
        refresh();
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (Duration.between(modified, now).compareTo(STALE_AFTER) > 0) {
            return Optional.empty();
        }
        if (Duration.between(processCheckedAt, now).abs().compareTo(RECHECK_PROCESS) >= 0) {
            processRunning = running.test(seen.get());
            processCheckedAt = now;
        }
        return processRunning ? seen.map(PresenterBeacon.Published::position) : Optional.empty();
    }

    /** Whether a live beacon names another process than this one (someone else presents). */
    public synchronized boolean presentedByAnother() {
        return live().isPresent() && seen.get().pid() != ProcessHandle.current().pid();
    }

    /** Read the file again only if it changed (a new file, another size, another time). */
    private void refresh() {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(beacon.file(), BasicFileAttributes.class);
        } catch (IOException e) {
            seenVersion = null;
            seen = Optional.empty();
            return;
        }
        List<Object> version =
                java.util.Arrays.asList(
                        attributes.fileKey(), attributes.size(), attributes.lastModifiedTime());
        if (Objects.equals(version, seenVersion)) {
            return;
        }
        seenVersion = version;
        modified = attributes.lastModifiedTime().toInstant();
        Optional<PresenterBeacon.Published> before = seen;
        seen = attributes.isRegularFile() ? beacon.readPublished() : Optional.empty();
        if (!seen.map(PresenterBeacon.Published::pid).equals(before.map(p -> p.pid()))) {
            processCheckedAt = Instant.EPOCH; // another presenter: check its process at once
        }
    }

    /** Whether the process that wrote the beacon runs here; a beacon naming none cannot tell. */
    static boolean processRunning(PresenterBeacon.Published published) {
        if (published.pid() < 0) {
            return true; // only the age rule applies
        }
        return ProcessHandle.of(published.pid())
                .filter(ProcessHandle::isAlive)
                .map(p -> sameStart(p, published.processStart()))
                .orElse(false);
    }

    private static boolean sameStart(ProcessHandle process, Instant expected) {
        if (expected == null) {
            return true;
        }
        return process.info()
                .startInstant()
                // Start times come from the process table in whole clock ticks: allow a second.
                .map(s -> Duration.between(s, expected).abs().compareTo(Duration.ofSeconds(1)) < 0)
                .orElse(true);
    }
}
