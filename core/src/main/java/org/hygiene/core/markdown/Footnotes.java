package org.hygiene.core.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.node.Node;

/**
 * The footnotes of one document: definitions found anywhere, numbered 1, 2, ... in the order of
 * their first reference, and shown together at the end as numbered notes.
 */
final class Footnotes {
    private final Map<String, FootnoteDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    Footnotes(Node document) {
        // Iterative, so that a document nested ten thousand levels deep cannot overflow the stack.
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(document);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n instanceof FootnoteDefinition d) {
                definitions.putIfAbsent(d.getLabel().toLowerCase(java.util.Locale.ROOT), d);
            }
            List<Node> children = new ArrayList<>();
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                children.add(c);
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
    }

    /** The number of a footnote label, given on first use; 0 when it has no definition. */
    int number(String label) {
        String key = label.toLowerCase(java.util.Locale.ROOT);
        if (!definitions.containsKey(key)) {
            return 0;
        }
        return numbers.computeIfAbsent(key, k -> numbers.size() + 1);
    }

    boolean isEmpty() {
        return definitions.isEmpty();
    }

    /** The definition numbered {@code n}, or null once every referenced note has been given. */
    FootnoteDefinition numbered(int n) {
        int i = 1;
        for (String key : numbers.keySet()) {
            if (i++ == n) {
                return definitions.get(key);
            }
        }
        // Notes never referenced still get shown (and numbered) after the referenced ones.
        for (Map.Entry<String, FootnoteDefinition> e : definitions.entrySet()) {
            if (!numbers.containsKey(e.getKey())) {
                numbers.put(e.getKey(), numbers.size() + 1);
                return n == numbers.size() ? e.getValue() : numbered(n);
            }
        }
        return null;
    }
}
