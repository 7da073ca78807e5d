package org.hygiene.core.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Write and read JSON for people and scripts: the one JSON path (jackson-jr). Strings are escaped
 * so that no control, C1 or bidirectional-override character can reach a terminal raw, whatever a
 * log line held; {@link #prettyAscii} also escapes every other non-ASCII character.
 *
 * <p>Values are what jackson-jr writes: maps (keep their order with a {@code LinkedHashMap}),
 * lists, strings, numbers, booleans and {@code null}.
 */
public final class JsonText {
    private static final JSON COMPACT = json(false);
    private static final JSON LINE = COMPACT.with(new OneLinePrinter());
    private static final JSON PRETTY = COMPACT.with(indented());
    private static final JSON PRETTY_ASCII = json(true).with(indented());
    // Files leave a null member out: to their readers an absent member and a null one are alike.
    private static final JSON DOCUMENT = JSON.builder(factory(false)).build().with(indented());

    private JsonText() {}

    /** Write {@code value} with no spaces: {@code ["a","b"]}. */
    public static String compact(Object value) {
        return write(COMPACT, value);
    }

    /** Write {@code value} on one line, a space after each colon and comma: {@code {"n": 3}}. */
    public static String line(Object value) {
        return write(LINE, value);
    }

    /** Write {@code value} indented by two spaces, one member a line, no final line break. */
    public static String pretty(Object value) {
        return write(PRETTY, value);
    }

    /** Write {@code value} as {@link #pretty} does, with every non-ASCII character escaped. */
    public static String prettyAscii(Object value) {
        return write(PRETTY_ASCII, value);
    }

    /**
     * Write {@code value} as the text of a file: indented as {@link #pretty} does, members whose
     * value is null left out, and a final line break.
     */
    public static String document(Object value) {
        return write(DOCUMENT, value) + "\n";
    }

    /**
     * Read {@code text} as one JSON object, its members in the file's order; null for an empty
     * text.
     *
     * @throws BadJsonException if it is not JSON, or not an object
     */
    public static Map<String, Object> readObject(String text) throws BadJsonException {
        try {
            return COMPACT.mapFrom(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw at == null || at.getLineNr() < 1
                    ? new BadJsonException("not valid JSON")
                    : new BadJsonException(
                            "not valid JSON (line "
                                    + at.getLineNr()
                                    + ", column "
                                    + at.getColumnNr()
                                    + ")");
        } catch (IOException | RuntimeException e) {
            throw new BadJsonException("not valid JSON");
        }
    }

    /** Text that is not a JSON object; the message says where, when the parser knows. */
    public static final class BadJsonException extends IOException {
        private static final long serialVersionUID = 1L;

        BadJsonException(String message) {
            super(message);
        }
    }

    private static String write(JSON json, Object value) {
        try {
            return json.asString(value);
        } catch (IOException e) {
            // Only a type jackson-jr cannot map gets here (a programming error): no I/O happens.
            throw new UncheckedIOException(e);
        }
    }

    private static JSON json(boolean ascii) {
        // A null is written, not dropped: a missing time and a blank one mean different things.
        return JSON.builder(factory(ascii)).enable(JSON.Feature.WRITE_NULL_PROPERTIES).build();
    }

    private static JsonFactory factory(boolean ascii) {
        JsonFactory f =
                JsonFactory.builder().configure(JsonWriteFeature.ESCAPE_NON_ASCII, ascii).build();
        f.setCharacterEscapes(new TerminalSafeEscapes());
        return f;
    }

    private static DefaultPrettyPrinter indented() {
        DefaultIndenter twoSpaces = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter p =
                new DefaultPrettyPrinter(
                        Separators.createDefaultInstance()
                                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                                .withObjectEmptySeparator("")
                                .withArrayEmptySeparator(""));
        p.indentObjectsWith(twoSpaces);
        p.indentArraysWith(twoSpaces);
        return p;
    }

    /**
     * Escape C0 controls, DEL, C1 controls and the bidirectional controls as {@code \}{@code u}.
     */
    private static final class TerminalSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        TerminalSafeEscapes() {
            ascii[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            boolean unsafe =
                    (c >= 0x80 && c <= 0x9f)
                            || c == 0x200e
                            || c == 0x200f
                            || (c >= 0x202a && c <= 0x202e)
                            || (c >= 0x2066 && c <= 0x2069);
            return unsafe ? new SerializedString(String.format("\\u%04X", c)) : null;
        }
    }

    /** One line: {@code {"a": 1, "b": [1, 2]}}. */
    private static final class OneLinePrinter extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    }
}
