package org.hygiene.lessons.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hygiene.core.course.Problem;
import org.hygiene.core.yaml.YamlNode;

/** Read the entries of one exercise block by key, collecting problems with their positions. */
final class BlockEntries {
    final String file;
    final int blockLine;
    final YamlNode.Mapping root;
    final List<Problem> problems = new ArrayList<>();

    BlockEntries(String file, int blockLine, YamlNode.Mapping root) {
        this.file = file;
        this.blockLine = blockLine;
        this.root = root;
    }

    void onlyKeys(YamlNode.Mapping m, Set<String> keys) {
        for (YamlNode.Entry e : m.entries().values()) {
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

    String scalar(YamlNode.Mapping m, String key) {
        YamlNode.Entry e = m.entries().get(key);
        if (e == null) {
            return null;
        }
        if (e.value() instanceof YamlNode.Scalar s) {
            return s.text();
        }
        problem(
                e.line(),
                e.column(),
                "'" + key + "' should be text, not " + YamlNode.describe(e.value()));
        return null;
    }

    List<YamlNode> items(String key) {
        YamlNode.Entry e = root.entries().get(key);
        if (e == null) {
            return List.of();
        }
        if (e.value() instanceof YamlNode.Sequence s) {
            return s.items();
        }
        if (e.value() instanceof YamlNode.Scalar s && s.text().isEmpty()) {
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
            YamlNode.Entry e = root.entries().get(key);
            if (e == null) {
                continue;
            }
            if (e.value() instanceof YamlNode.Scalar s) {
                if (!s.text().isBlank()) {
                    out.add(s.text());
                }
            } else if (e.value() instanceof YamlNode.Sequence seq) {
                for (YamlNode item : seq.items()) {
                    if (item instanceof YamlNode.Scalar s) {
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
        YamlNode.Entry e = root.entries().get(key);
        if (e == null) {
            if (required) {
                problem(blockLine, 1, "the exercise has no '" + key + ":'");
            }
            return null;
        }
        if (!(e.value() instanceof YamlNode.Scalar s)) {
            problem(
                    e.line(),
                    e.column(),
                    "'" + key + "' should be text, not " + YamlNode.describe(e.value()));
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
        YamlNode.Entry e = root.entries().get(key);
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
