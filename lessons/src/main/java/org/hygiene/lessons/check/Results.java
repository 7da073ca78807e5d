package org.hygiene.lessons.check;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run found, gathered from every worker thread. Findings are kept up to {@link #KEEP} per
 * kind (all are counted), so a hostile file full of hits cannot exhaust memory.
 */
final class Results {
    static final int KEEP = 10_000;
    private static final int MAX_LISTED = 1_000;

    /** Counts, time span and source addresses of one kind of finding. */
    static final class Tally {
        long count;
        Instant first;
        Instant last;
        final Map<String, Long> addresses = new LinkedHashMap<>();
        final List<Finding> kept = new ArrayList<>();
    }

    /** How far back one log source goes. */
    record Age(String source, Instant oldest, Instant newest, long files) {}

    private final Map<FindingKind, Tally> tallies = new EnumMap<>(FindingKind.class);
    private final Map<String, Instant[]> ages = new TreeMap<>();
    private final Map<String, Long> ageFiles = new TreeMap<>();
    private final Map<String, Long> tables = new TreeMap<>();
    private final List<String> unrecognised = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();
    private final List<String> unchecked = new ArrayList<>();
    private long unrecognisedCount;
    private long uncheckedCount;
    private long files;
    private String computer = "";
    private long bytes;

    synchronized void add(Finding f) {
        Tally t = tallies.computeIfAbsent(f.kind(), k -> new Tally());
        t.count++;
        if (f.time() != null) {
            t.first = t.first == null || f.time().isBefore(t.first) ? f.time() : t.first;
            t.last = t.last == null || f.time().isAfter(t.last) ? f.time() : t.last;
        }
        if (!f.address().isEmpty()
                && (t.addresses.size() < MAX_LISTED || t.addresses.containsKey(f.address()))) {
            t.addresses.merge(f.address(), 1L, Long::sum);
        }
        if (t.kept.size() < KEEP) {
            t.kept.add(f);
        }
    }

    /** A file of {@code table} was read; {@code source} names it for the log-age table. */
    synchronized void read(String table, String source) {
        files++;
        tables.merge(table, 1L, Long::sum);
        if (source != null) {
            ageFiles.merge(source, 1L, Long::sum);
            ages.computeIfAbsent(source, s -> new Instant[2]);
        }
    }

    synchronized void seen(String source, Instant time) {
        if (source == null || time == null) {
            return;
        }
        Instant[] span = ages.computeIfAbsent(source, s -> new Instant[2]);
        span[0] = span[0] == null || time.isBefore(span[0]) ? time : span[0];
        span[1] = span[1] == null || time.isAfter(span[1]) ? time : span[1];
    }

    synchronized void unrecognised(String file) {
        unrecognisedCount++;
        if (unrecognised.size() < MAX_LISTED) {
            unrecognised.add(file);
        }
    }

    synchronized void unreadable(String file, String reason) {
        unreadable.add(file + ": " + reason);
    }

    /** A line that may hold a hit but could not be checked (too long, or not parseable). */
    synchronized void unchecked(String where, String reason) {
        uncheckedCount++;
        if (unchecked.size() < MAX_LISTED) {
            unchecked.add(where + ": " + reason);
        }
    }

    synchronized Tally tally(FindingKind kind) {
        return tallies.get(kind);
    }

    /** The findings kept for {@code kind}, oldest first. */
    synchronized List<Finding> findings(FindingKind kind) {
        Tally t = tallies.get(kind);
        if (t == null) {
            return List.of();
        }
        List<Finding> sorted = new ArrayList<>(t.kept);
        sorted.sort(
                Comparator.comparing(Finding::time, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Finding::file)
                        .thenComparingLong(Finding::line));
        return sorted;
    }

    synchronized long count(Check check) {
        long n = 0;
        for (Map.Entry<FindingKind, Tally> e : tallies.entrySet()) {
            if (e.getKey().check() == check) {
                n += e.getValue().count;
            }
        }
        return n;
    }

    synchronized List<Age> ages() {
        List<Age> list = new ArrayList<>();
        for (Map.Entry<String, Instant[]> e : ages.entrySet()) {
            list.add(
                    new Age(
                            e.getKey(),
                            e.getValue()[0],
                            e.getValue()[1],
                            ageFiles.getOrDefault(e.getKey(), 0L)));
        }
        return list;
    }

    synchronized Map<String, Long> tables() {
        return new TreeMap<>(tables);
    }

    synchronized boolean hasTable(String table) {
        return tables.containsKey(table);
    }

    synchronized long files() {
        return files;
    }

    synchronized long bytes() {
        return bytes;
    }

    /** Bytes on disk of everything walked, archives counted as stored. */
    synchronized void addBytes(long n) {
        bytes += n;
    }

    /** The collected host's name, or "" when the evidence does not say. */
    synchronized String computer() {
        return computer;
    }

    synchronized void computer(String name) {
        computer = name;
    }

    synchronized List<String> unrecognised() {
        return List.copyOf(unrecognised);
    }

    synchronized long unrecognisedCount() {
        return unrecognisedCount;
    }

    synchronized List<String> unreadable() {
        List<String> sorted = new ArrayList<>(unreadable);
        sorted.sort(null);
        return sorted;
    }

    synchronized List<String> unchecked() {
        List<String> sorted = new ArrayList<>(unchecked);
        sorted.sort(null);
        return sorted;
    }

    synchronized long uncheckedCount() {
        return uncheckedCount;
    }
}
