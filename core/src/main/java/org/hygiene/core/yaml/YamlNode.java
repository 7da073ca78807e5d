package org.hygiene.core.yaml;

import java.util.List;
import java.util.Map;

/** A value read from an exercise block: text, a list or keyed entries, each with its position. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    /** The 1-based line in the lesson file where the value starts. */
    int line();

    /** The 1-based column in the lesson file where the value starts. */
    int column();

    /** A piece of text. */
    record Scalar(String text, int line, int column) implements YamlNode {}

    /** A list written as {@code - item} lines. */
    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** {@code key: value} entries, in the order written. */
    record Mapping(Map<String, Entry> entries, int line, int column) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }
    }

    /** One {@code key: value} entry and where its key was written. */
    record Entry(String key, int line, int column, YamlNode value) {}

    /** Describe the kind of value for messages ("a list", "text"). */
    static String describe(YamlNode node) {
        if (node instanceof Scalar) {
            return "text";
        }
        return node instanceof Sequence ? "a list" : "keyed entries";
    }
}
