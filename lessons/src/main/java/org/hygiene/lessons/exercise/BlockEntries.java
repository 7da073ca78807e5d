package org.hygiene.lessons.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hygiene.core.course.Problem;
import org.hygiene.lessons.exercise.format.Node;

/** Read the entries of one exercise block by key, collecting problems with their positions. */
final class BlockEntries {
    final String file;
    final int blockLine;
    final Node.Mapping root;
    final List<Problem> problems = new ArrayList<>();

    BlockEntries(String file, int blockLine, Node.Mapping root) {
        this.file = file;
        this.blockLine = blockLine;
        this.root = root;
    }

    void onlyKeys(Node.Mapping m, Set<String> keys) {
        for (Node.Entry e : m.entries().values()) {
            if (!keys.contains(e.key())) {
                problem(
                        e.line(),
                        e.column(),
                        "unknown key '"
                                + e.key()
                                + "' here; use "
                                + String.join(" and ", new java.util.TreeSet<>(keys)));
            }
        }
    }

    String scalar(Node.Mapping m, String key) {
        Node.Entry e = m.entries().get(key);
        if (e == null) {
            return null;
        }
        if (e.value() instanceof Node.Scalar s) {
            return s.text();
        }
        problem(
                e.line(),
                e.column(),
                "'" + key + "' should be text, not " + Node.describe(e.value()));
        return null;
    }

    List<Node> items(String key) {
        Node.Entry e = root.entries().get(key);
        if (e == null) {
            return List.of();
        }
        if (e.value() instanceof Node.Sequence s) {
            return s.items();
        }
        if (e.value() instanceof Node.Scalar s && s.text().isEmpty()) {
            return List.of();
        }
        problem(e.line(), e.column(), "'" + key + "' should be a list of '- ' items");
        return List.of();
    }

    /** Values of a key that may hold one text or a list of texts, under either of two names. */
    List<String> list(String one, String many) {
        if (many != null && has(one) && has(many)) {
            problemAt(many, "give either '" + one + "' or '" + many + "', not both");
        }
        List<String> out = new ArrayList<>();
        for (String key : many == null ? List.of(one) : List.of(one, many)) {
            Node.Entry e = root.entries().get(key);
            if (e == null) {
                continue;
            }
            if (e.value() instanceof Node.Scalar s) {
                if (!s.text().isBlank()) {
                    out.add(s.text());
                }
            } else if (e.value() instanceof Node.Sequence seq) {
                for (Node item : seq.items()) {
                    if (item instanceof Node.Scalar s) {
                        out.add(s.text());
                    } else {
                        problem(
                                item.line(),
                                item.column(),
                                "each item of '"
                                        + key
                                        + "' should be text (quote it if it holds ': ')");
                    }
                }
            } else {
                problem(
                        e.line(),
                        e.column(),
                        "'" + key + "' should be text or a list, not keyed entries");
            }
        }
        return out;
    }

    String text(String key, boolean required) {
        Node.Entry e = root.entries().get(key);
        if (e == null) {
            if (required) {
                problem(blockLine, 1, "the exercise has no '" + key + ":'");
            }
            return null;
        }
        if (!(e.value() instanceof Node.Scalar s)) {
            problem(
                    e.line(),
                    e.column(),
                    "'" + key + "' should be text, not " + Node.describe(e.value()));
            return null;
        }
        if (s.text().isBlank()) {
            problem(e.line(), e.column(), "'" + key + "' is empty");
            return null;
        }
        return s.text();
    }

    boolean has(String key) {
        return root.entries().containsKey(key);
    }

    void problemAt(String key, String message) {
        Node.Entry e = root.entries().get(key);
        if (e == null) {
            problem(blockLine, 1, message);
        } else {
            problem(e.line(), e.column(), message);
        }
    }

    void problem(int line, int column, String message) {
        problems.add(new Problem(file, line, column, message));
    }
}
