package org.hygiene.lessons.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * What a hunt over an evidence folder must say before its first query: which files were left out
 * and why, so that an empty result is never mistaken for clean evidence. The lines are plain text
 * (file names may be hostile: the terminal writer cleans them).
 */
public final class EvidenceNotices {
    /** Files listed by name; the rest are counted. */
    static final int LISTED = 10;

    private EvidenceNotices() {}

    /** Sentences about the files of {@code evidence} that could not be read, or none. */
    public static List<String> skipped(Evidence evidence) {
        List<String> lines = new ArrayList<>();
        List<Evidence.Skipped> skipped = evidence.skipped();
        if (!skipped.isEmpty()) {
            lines.add(
                    "Not read: "
                            + count(skipped.size(), "file or archive", "files or archives")
                            + " (nothing in "
                            + (skipped.size() == 1 ? "it" : "them")
                            + " is in any table):");
            for (int i = 0; i < Math.min(LISTED, skipped.size()); i++) {
                lines.add("  " + skipped.get(i).file() + ": " + skipped.get(i).reason());
            }
            if (skipped.size() > LISTED) {
                lines.add("  ... and " + (skipped.size() - LISTED) + " more");
            }
        }
        return lines;
    }

    /**
     * A sentence about the files no log format reads, or none. Shown for a server's folder; a
     * course's scenario carries notes on purpose.
     */
    public static List<String> otherFiles(Evidence evidence) {
        List<String> lines = new ArrayList<>();
        List<String> unrecognised = evidence.unrecognised();
        if (!unrecognised.isEmpty()) {
            int shown = Math.min(3, unrecognised.size());
            lines.add(
                    "Not logs hunt reads: "
                            + count(unrecognised.size(), "other file", "other files")
                            + " ("
                            + String.join(", ", unrecognised.subList(0, shown))
                            + (unrecognised.size() > shown ? ", ..." : "")
                            + "); see docs/log-formats.md.");
        }
        return lines;
    }

    /** How many log files feed the tables (an archive's logs counted one by one). */
    public static int logFiles(Evidence evidence) {
        // One Windows event export feeds two tables (Event and SecurityEvent): count it once.
        java.util.Set<List<Object>> logs = new java.util.HashSet<>();
        for (FileTable table : evidence.fileTables()) {
            for (FileTable.Source source : table.sources()) {
                for (FileTable.Part part : source.parts()) {
                    logs.add(List.of(source.path(), part.route()));
                }
            }
        }
        return logs.size();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
