package org.hygiene.lessons.exercise.answer;

import java.time.Duration;
import java.util.Optional;

/** The answer types by the names authors write. */
public final class AnswerTypes {
    /** Every type name, for messages. */
    public static final String NAMES = "text, ip, path, timestamp, number, set, regex";

    private AnswerTypes() {}

    /** The types that need no settings, with their default settings. */
    public static Optional<AnswerType> simple(String name) {
        return Optional.ofNullable(
                switch (name) {
                    case "text" -> new TextAnswer(false);
                    case "ip" -> new IpAnswer();
                    case "path" -> new WindowsPathAnswer();
                    case "timestamp" -> new TimestampAnswer(Duration.ZERO);
                    case "number" -> NumberAnswer.exact();
                    default -> null;
                });
    }
}
