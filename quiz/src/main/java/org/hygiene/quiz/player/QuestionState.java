package org.hygiene.quiz.player;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hygiene.quiz.engine.Paper;
import org.hygiene.quiz.engine.Response;
import org.hygiene.quiz.model.QuestionType;

/** What the learner is doing with one question on screen: cursor, choices, typed text, order. */
final class QuestionState {
    final Paper.Item item;
    int cursor;
    final Set<Integer> chosen = new TreeSet<>(); // shown positions
    final AnswerField text;
    final List<Integer> order; // option indices in the learner's order
    boolean grabbed;
    boolean touched;

    /** A typed answer has no options to move over: Up shows the question's top, Down the field. */
    boolean peekAbove;

    QuestionState(Paper.Item item, Response existing) {
        this.item = item;
        this.order = new ArrayList<>(item.order());
        this.text = new AnswerField(existing instanceof Response.Typed t ? t.text() : "");
        if (existing instanceof Response.Choice c) {
            for (int o : c.options()) {
                chosen.add(item.order().indexOf(o));
            }
            cursor = chosen.isEmpty() ? 0 : chosen.iterator().next();
            touched = true;
        } else if (existing instanceof Response.Typed) {
            touched = true;
        } else if (existing instanceof Response.Order o) {
            order.clear();
            order.addAll(o.options());
            touched = true;
        }
    }

    QuestionType type() {
        return item.question().type();
    }

    int size() {
        return item.order().size();
    }

    void move(int delta) {
        if (type().isTyped()) {
            peekAbove = delta < 0;
            return;
        }
        int n = size();
        if (n == 0) {
            return;
        }
        int next = Math.max(0, Math.min(n - 1, cursor + delta));
        if (type() == QuestionType.ORDER && grabbed && next != cursor) {
            order.add(next, order.remove(cursor));
            touched = true;
        }
        cursor = next;
    }

    /** Space or a letter on a shown position. */
    void pick(int shown) {
        cursor = shown;
        touched = true;
        switch (type()) {
            case MULTIPLE -> {
                if (!chosen.remove(shown)) {
                    chosen.add(shown);
                }
            }
            case ORDER -> grabbed = !grabbed;
            default -> {
                chosen.clear();
                chosen.add(shown);
            }
        }
    }

    /** The response as it stands, or null for no answer. */
    Response response() {
        return switch (type()) {
            case TEXT, NUMBER ->
                    text.text().isBlank() ? null : new Response.Typed(text.text().strip());
            case ORDER -> touched ? new Response.Order(order) : null;
            default -> {
                if (chosen.isEmpty()) {
                    yield null;
                }
                Set<Integer> options = new TreeSet<>();
                chosen.forEach(s -> options.add(item.optionAt(s)));
                yield new Response.Choice(options);
            }
        };
    }
}
