package org.hygiene.core.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hygiene.core.files.OwnerOnly;

/**
 * The class's log of sign-ins, refusals and disconnects: one line per event, {@code TIME EVENT
 * learner ADDRESS detail}, appended to {@code auth.log} in the class folder. Everything a client
 * chose (user name, requested command, subsystem) is sanitised and quoted first, so a hostile
 * client can neither forge a line nor put escape sequences in front of the trainer.
 */
public final class AuthLog {
    /** What happened; the label is the second field of each line. */
    public enum Event {
        SIGN_IN("sign-in"),
        REFUSED("refused"),
        THROTTLED("throttled"),
        DISCONNECT("disconnect"),
        TAKE_OVER("take-over"),
        REQUEST_REFUSED("request-refused"),
        SERVER("server");

        final String label;

        Event(String label) {
            this.label = label;
        }
    }

    private final Path file;
    private final Clock clock;

    public AuthLog(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** Append one event. A log that cannot be written never stops the server. */
    public synchronized void record(Event event, String learner, String address, String detail) {
        String line =
                clock.instant().truncatedTo(ChronoUnit.MILLIS)
                        + " "
                        + event.label
                        + " "
                        + field(learner)
                        + " "
                        + field(address)
                        + (detail == null || detail.isEmpty() ? "" : " " + clean(detail))
                        + "\n";
        try {
            boolean fresh = !Files.exists(file);
            Files.writeString(
                    file,
                    line,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            if (fresh) {
                OwnerOnly.restrict(file);
            }
        } catch (IOException e) {
            // The trainer sees connections on the console anyway; losing a log line is not fatal.
        }
    }

    /** The last sign-in time of each learner, from the log (for {@code class list}). */
    public Map<String, Instant> lastSignIns() {
        Map<String, Instant> last = new HashMap<>();
        if (!Files.exists(file)) {
            return last;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return last;
        }
        String marker = " " + Event.SIGN_IN.label + " ";
        for (String line : lines) {
            int at = line.indexOf(marker);
            if (at <= 0) {
                continue;
            }
            int nameEnd = line.indexOf(' ', at + marker.length());
            if (nameEnd < 0) {
                continue;
            }
            try {
                Instant when = Instant.parse(line.substring(0, at));
                last.merge(line.substring(at + marker.length(), nameEnd), when, (a, b) -> b);
            } catch (java.time.format.DateTimeParseException e) {
                // A damaged line: skip it.
            }
        }
        return last;
    }

    /** One space-free field: names from the roster pass as they are, anything else is quoted. */
    static String field(String text) {
        if (text == null || text.isEmpty()) {
            return "-";
        }
        if (RosterNames.isValid(text)
                || text.chars()
                        .allMatch(
                                c ->
                                        c == '.'
                                                || c == ':'
                                                || c == '['
                                                || c == ']'
                                                || Character.isLetterOrDigit(c) && c < 128)) {
            return text;
        }
        return '"' + clean(text) + '"';
    }

    /** Make client text one safe line: control characters visible, quotes and length bounded. */
    static String clean(String text) {
        String cut = text.length() > 200 ? text.substring(0, 200) + "..." : text;
        return org.hygiene.core.text.Sanitizer.clean(cut.replace('\n', ' ').replace('\r', ' '))
                .replace("\"", "'");
    }
}
