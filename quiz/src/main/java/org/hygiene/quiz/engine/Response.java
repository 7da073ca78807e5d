package org.hygiene.quiz.engine;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hygiene.core.text.LiteralSplitter;

/** What a learner answered to one question; option numbers index the question's own options. */
public sealed interface Response {

    /** Picked options (single, multiple, true-false). */
    record Choice(Set<Integer> options) implements Response {
        public Choice {
            options = Set.copyOf(new TreeSet<>(options));
        }
    }

    /** A typed answer (text, number). */
    record Typed(String text) implements Response {}

    /** The items in the learner's order (ordering). */
    record Order(List<Integer> options) implements Response {
        public Order {
            options = List.copyOf(options);
        }
    }

    /** Encode for the progress file: {@code c:0,2}, {@code t:text}, {@code o:2,0,1}. */
    static String encode(Response r) {
        if (r instanceof Choice c) {
            return "c:"
                    + new TreeSet<>(c.options())
                            .stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        if (r instanceof Typed t) {
            return "t:" + t.text();
        }
        return "o:"
                + ((Order) r)
                        .options().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Decode what {@link #encode} wrote; null when it is not a response. */
    static Response decode(String s) {
        if (s == null || s.length() < 2 || s.charAt(1) != ':') {
            return null;
        }
        String v = s.substring(2);
        try {
            return switch (s.charAt(0)) {
                case 'c' ->
                        new Choice(
                                v.isEmpty()
                                        ? Set.of()
                                        : java.util.Arrays.stream(LiteralSplitter.split(v, ','))
                                                .map(Integer::valueOf)
                                                .collect(Collectors.toSet()));
                case 't' -> new Typed(v);
                case 'o' ->
                        new Order(
                                java.util.Arrays.stream(LiteralSplitter.split(v, ','))
                                        .map(Integer::valueOf)
                                        .toList());
                default -> null;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
