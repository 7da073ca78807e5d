package org.hygiene.core.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.events.LearnerEventSink;

/**
 * Append learner events to a class's journal, one JSON line each, forced to the disk before {@link
 * #record} returns: a server killed at any moment loses at most the line being written, and {@link
 * JournalReader} skips that half line. Safe to share between every session of a class.
 */
public final class ClassJournal implements LearnerEventSink, AutoCloseable {
    /** The journal's file name in a class folder, beside the roster and the progress files. */
    public static final String FILE_NAME = "journal.jsonl";

    private final Path file;
    private final FileChannel channel;
    private final java.io.PrintWriter problems;
    private boolean failed;

    private ClassJournal(Path file, FileChannel channel, java.io.PrintWriter problems) {
        this.file = file;
        this.channel = channel;
        this.problems = problems;
    }

    /**
     * Open (or create) the journal for appending. A last line cut short by a crash is ended first,
     * so the next event starts on a line of its own.
     */
    public static ClassJournal open(Path file, java.io.PrintWriter problems) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        boolean endsMidLine = false;
        if (Files.exists(file) && Files.size(file) > 0) {
            try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                ByteBuffer last = ByteBuffer.allocate(1);
                in.read(last, in.size() - 1);
                endsMidLine = last.get(0) != '\n';
            }
        }
        FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (endsMidLine) {
            channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
            channel.force(false);
        }
        return new ClassJournal(file, channel, problems);
    }

    public Path file() {
        return file;
    }

    /** Append one event and force it to the disk; a failure is reported once, never thrown. */
    @Override
    public synchronized void record(LearnerEvent event) {
        byte[] line = (LearnerEventJson.write(event) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
            failed = false;
        } catch (IOException e) {
            if (!failed) {
                problems.println(
                        "hygiene: could not write the class journal "
                                + file
                                + ": "
                                + e.getMessage());
                problems.flush();
            }
            failed = true;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
