package org.hygiene.quiz.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hygiene.quiz.model.NumberSpec;
import org.hygiene.quiz.model.QuestionType;

/**
 * Read an answer typed on one line (the plain form): letters for options, text or a number. An
 * answer in the wrong form is refused with the form that is expected.
 */
public final class AnswerInput {
    /** Either a response or why the line is not one. */
    public record Parsed(Response response, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** The longest typed answer kept, the same on every screen. */
    public static final int MAX_TEXT = 10_000;

    private AnswerInput() {}

    /** How to answer this item, for the prompt and for error messages. */
    public static String expectedForm(Paper.Item item) {
        int n = item.order().size();
        char last = (char) ('a' + n - 1);
        return switch (item.question().type()) {
            case SINGLE, TRUE_FALSE -> "one letter, " + letters(n) + ", for example: b";
            case MULTIPLE -> "one or more letters from a to " + last + ", for example: ac";
            case ORDER ->
                    "all the letters a to "
                            + last
                            + " in your order, each once, for example: "
                            + example(n);
            case NUMBER -> "a number, for example: 42 or 9.1";
            case TEXT -> "a word or a few words";
        };
    }

    /** The letters of {@code n} options as a person says them: "a", "a or b", "a to d". */
    public static String letters(int n) {
        char last = (char) ('a' + Math.max(1, n) - 1);
        return n <= 1 ? "a" : n == 2 ? "a or b" : "a to " + last;
    }

    private static String example(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = n - 1; i >= 0; i--) {
            s.append((char) ('a' + (i + 1) % n));
        }
        return s.toString();
    }

    public static Parsed parse(Paper.Item item, String line) {
        String s = line.strip();
        QuestionType type = item.question().type();
        if (type == QuestionType.TEXT) {
            return s.length() > MAX_TEXT
                    ? error(
                            item,
                            "that answer is "
                                    + s.length()
                                    + " characters long; an answer holds at most "
                                    + MAX_TEXT)
                    : ok(new Response.Typed(s));
        }
        if (type == QuestionType.NUMBER) {
            return NumberSpec.parseAnswer(s).isPresent()
                    ? ok(new Response.Typed(s))
                    : error(item, "that is not a number");
        }
        if (type == QuestionType.TRUE_FALSE) {
            String l = s.toLowerCase(Locale.ROOT);
            if (l.equals("true") || l.equals("t")) {
                return ok(new Response.Choice(Set.of(0)));
            }
            if (l.equals("false") || l.equals("f")) {
                return ok(new Response.Choice(Set.of(1)));
            }
        }
        List<Integer> shown = new ArrayList<>();
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == ',' || c == ' ' || c == ';') {
                continue;
            }
            int i = c >= '1' && c <= '9' && item.order().size() < 10 ? c - '1' : c - 'a';
            if (i < 0 || i >= item.order().size()) {
                return error(item, "'" + c + "' is not one of the options");
            }
            if (shown.contains(i)) {
                return error(item, "'" + c + "' is given twice");
            }
            shown.add(i);
        }
        if (shown.isEmpty()) {
            return error(item, "no option given");
        }
        List<Integer> options = shown.stream().map(item::optionAt).toList();
        return switch (type) {
            case SINGLE, TRUE_FALSE ->
                    options.size() == 1
                            ? ok(new Response.Choice(Set.of(options.get(0))))
                            : error(item, "this question takes a single answer");
            case ORDER ->
                    options.size() == item.order().size()
                            ? ok(new Response.Order(options))
                            : error(item, "put every item in order");
            default -> ok(new Response.Choice(new LinkedHashSet<>(options)));
        };
    }

    /** The response as the learner would type it (letters as shown on this paper). */
    public static String describe(Paper.Item item, Response r) {
        if (r == null) {
            return "(no answer)";
        }
        if (r instanceof Response.Typed t) {
            return t.text();
        }
        List<Integer> options =
                r instanceof Response.Order o
                        ? o.options()
                        : new ArrayList<>(((Response.Choice) r).options());
        StringBuilder s = new StringBuilder();
        List<Character> letters = new ArrayList<>();
        for (int o : options) {
            letters.add(item.letterOf(o));
        }
        if (!(r instanceof Response.Order)) {
            letters.sort(null);
        }
        letters.forEach(s::append);
        return s.toString();
    }

    /** The right answer in the same form. */
    public static String correct(Paper.Item item) {
        var q = item.question();
        return switch (q.type()) {
            case TEXT, NUMBER ->
                    String.join(
                            " or ",
                            q.options().stream()
                                    .filter(o -> o.correct() && !o.isCatchAll())
                                    .map(o -> o.text().replace("`", ""))
                                    .toList());
            case ORDER -> {
                StringBuilder s = new StringBuilder();
                for (int i = 0; i < q.options().size(); i++) {
                    s.append(item.letterOf(i));
                }
                yield s.toString();
            }
            default -> {
                List<Character> letters = new ArrayList<>();
                for (int i = 0; i < q.options().size(); i++) {
                    if (q.options().get(i).correct()) {
                        letters.add(item.letterOf(i));
                    }
                }
                letters.sort(null);
                StringBuilder s = new StringBuilder();
                letters.forEach(s::append);
                yield s.toString();
            }
        };
    }

    private static Parsed ok(Response r) {
        return new Parsed(r, null);
    }

    private static Parsed error(Paper.Item item, String why) {
        return new Parsed(null, why + ". Please answer with " + expectedForm(item) + ".");
    }
}
