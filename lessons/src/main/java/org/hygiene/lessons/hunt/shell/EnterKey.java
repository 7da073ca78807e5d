package org.hygiene.lessons.hunt.shell;

import java.io.IOException;
import java.util.function.Predicate;
import org.jline.reader.LineReader;
import org.jline.reader.Widget;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * Make Enter follow {@link QueryEnter}: run the buffer, or add a line to it. To tell a paste from
 * typing it looks at what is already waiting in the terminal (put back untouched), and it remembers
 * a bracketed paste until the buffer changes.
 */
final class EnterKey {
    /** How long to wait for the rest of a paste; keys typed by hand come far slower. */
    private static final long PASTE_GAP_MILLIS = 15;

    /** Leading blanks to look past before the character that tells whether a pipe follows. */
    private static final int MAX_INDENT = 64;

    private final LineReader reader;
    private final Terminal terminal;
    private final Predicate<String> isCommand;
    private final Predicate<String> isTable;
    private boolean lastEnterHadMore;
    private String afterPaste;

    private EnterKey(
            LineReader reader,
            Terminal terminal,
            Predicate<String> isCommand,
            Predicate<String> isTable) {
        this.isTable = isTable;
        this.reader = reader;
        this.terminal = terminal;
        this.isCommand = isCommand;
    }

    /** Replace {@code reader}'s accept-line and paste widgets. */
    static void install(
            LineReader reader,
            Terminal terminal,
            Predicate<String> isCommand,
            Predicate<String> isTable) {
        EnterKey key = new EnterKey(reader, terminal, isCommand, isTable);
        Widget accept = reader.getWidgets().get(LineReader.ACCEPT_LINE);
        Widget paste = reader.getWidgets().get(LineReader.BEGIN_PASTE);
        reader.getWidgets().put(LineReader.ACCEPT_LINE, () -> key.enter(accept));
        if (paste != null) {
            reader.getWidgets()
                    .put(
                            LineReader.BEGIN_PASTE,
                            () -> {
                                boolean done = paste.apply();
                                key.afterPaste = reader.getBuffer().toString();
                                return done;
                            });
        }
    }

    private boolean enter(Widget accept) {
        String buffer = reader.getBuffer().toString();
        QueryEnter.Input input = input(buffer);
        if (QueryEnter.onEnter(buffer, input, isCommand, isTable) == QueryEnter.Step.CONTINUE) {
            reader.getBuffer().cursor(reader.getBuffer().length());
            reader.getBuffer().write("\n");
            return true;
        }
        afterPaste = null;
        return accept.apply();
    }

    private QueryEnter.Input input(String buffer) {
        String waiting = waiting();
        boolean hadMore = lastEnterHadMore;
        lastEnterHadMore = !waiting.isEmpty();
        if (!waiting.isEmpty()) {
            return waiting.stripLeading().startsWith("|")
                    ? QueryEnter.Input.PIPE_FOLLOWS
                    : QueryEnter.Input.OTHER_FOLLOWS;
        }
        if (hadMore || buffer.equals(afterPaste)) {
            return QueryEnter.Input.PASTE_ENDED;
        }
        return QueryEnter.Input.TYPED;
    }

    /**
     * The first character already waiting, or the blanks and the character after them. A character
     * that is not blank is only peeked at, so keys typed ahead for a screen that reads the terminal
     * itself (the result pager, a confirmation) reach it; blanks are read and given back to this
     * reader, which is the one that will edit an indented line.
     */
    private String waiting() {
        StringBuilder seen = new StringBuilder();
        try {
            NonBlockingReader in = terminal.reader();
            int c = in.peek(PASTE_GAP_MILLIS);
            if (c >= 0 && c != ' ' && c != '\t') {
                return String.valueOf((char) c);
            }
            while (c >= 0) {
                c = in.read(PASTE_GAP_MILLIS);
                if (c < 0) {
                    break;
                }
                seen.append((char) c);
                if ((c != ' ' && c != '\t') || seen.length() > MAX_INDENT) {
                    break;
                }
            }
        } catch (IOException e) {
            // The input is gone; whatever was read is still given back below.
        }
        if (!seen.isEmpty()) {
            reader.runMacro(seen.toString());
        }
        return seen.toString();
    }
}
