package org.hygiene.quiz.player;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.hygiene.core.screen.FullScreen;
import org.jline.utils.NonBlockingReader;

/**
 * Take the rest of a paste in one go: the printable characters already waiting after a typed one,
 * so a 5,000-character paste is inserted and drawn once instead of once per character.
 */
final class PastedText {
    private PastedText() {}

    /**
     * Append to {@code typed} every printable character already waiting; stops at anything else.
     */
    static void drain(FullScreen screen, StringBuilder typed) {
        NonBlockingReader reader = screen.terminal().reader();
        try {
            while (typed.length() <= AnswerField.MAX_LENGTH) {
                int c = reader.peek(1);
                if (c < 32 || c == 127 || (c >= 0x80 && c < 0xA0)) {
                    return; // nothing waiting (a timeout is negative), or a key to read as a key
                }
                typed.append((char) reader.read());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
