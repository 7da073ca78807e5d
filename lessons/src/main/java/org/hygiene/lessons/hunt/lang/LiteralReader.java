package org.hygiene.lessons.hunt.lang;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Read the literals that are not single tokens: {@code datetime(...)} and {@code dynamic([...])}.
 */
final class LiteralReader {
    private LiteralReader() {}

    record Parsed(Object value, int next) {}

    /** Parse the text inside {@code datetime(...)} as a UTC instant. */
    static Instant datetime(String raw, Token at) throws QueryException {
        String s = raw.strip();
        try {
            return parseDatetime(s);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new QueryException(
                    "'"
                            + s
                            + "' is not a datetime; write it as 2021-03-03,"
                            + " 2021-03-03 06:49:42 or 2021-03-03T06:49:42.162Z (always UTC)",
                    at.start(),
                    Math.max(at.end(), at.start() + 1));
        }
    }

    /** Parse the datetime forms KQL accepts most often; no zone means UTC. */
    static Instant parseDatetime(String s) {
        if (s.length() == 10) {
            return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        String t = s.replace(' ', 'T');
        if (t.endsWith("Z") || t.endsWith("z")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.length() == 16) {
            t += ":00";
        }
        return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
    }

    /** Parse a JSON-like list starting at token {@code i} (just after {@code dynamic(}). */
    static Parsed dynamic(List<Token> tokens, int i) throws QueryException {
        Token t = tokens.get(i);
        if (t.is("[")) {
            List<Object> items = new ArrayList<>();
            i++;
            if (tokens.get(i).is("]")) {
                return new Parsed(Collections.unmodifiableList(items), i + 1);
            }
            while (true) {
                Parsed item = dynamic(tokens, i);
                items.add(item.value());
                i = item.next();
                Token sep = tokens.get(i);
                if (sep.is(",")) {
                    i++;
                } else if (sep.is("]")) {
                    return new Parsed(Collections.unmodifiableList(items), i + 1);
                } else {
                    throw new QueryException(
                            "expected ',' or ']' in the dynamic list", sep.start(), sep.end() + 1);
                }
            }
        }
        if (t.is("-") && tokens.get(i + 1).value() instanceof Number n) {
            Object neg = n instanceof Long l ? (Object) (-l) : (Object) (-n.doubleValue());
            return new Parsed(neg, i + 2);
        }
        switch (t.kind()) {
            case STRING, LONG, REAL:
                return new Parsed(t.value(), i + 1);
            case IDENT:
                if (t.is("true") || t.is("false")) {
                    return new Parsed(Boolean.valueOf(t.text()), i + 1);
                }
                if (t.is("null")) {
                    return new Parsed(null, i + 1);
                }
                break;
            default:
                break;
        }
        if (t.is("{")) {
            throw new QueryException(
                    "only lists are supported in dynamic(), such as dynamic([\"a\", \"b\"])",
                    t.start(),
                    t.end());
        }
        throw new QueryException(
                "expected a string, number, true, false, null or a list in dynamic()",
                t.start(),
                Math.max(t.end(), t.start() + 1));
    }
}
