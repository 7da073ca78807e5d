package org.hygiene.core.course;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The key/value header of a content file. Values are strings or lists of strings; each entry
 * remembers its line so that checks can point at it.
 */
public final class FrontMatter {

    /** One entry: a scalar ({@code values} has one element) or a list. */
    public record Entry(String key, List<String> values, boolean list, int line) {
        public Entry {
            values = List.copyOf(values);
        }
    }

    public static final FrontMatter EMPTY = new FrontMatter(Map.of(), 0);

    private final Map<String, Entry> entries;
    private final int startLine;

    FrontMatter(Map<String, Entry> entries, int startLine) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        this.startLine = startLine;
    }

    public boolean isEmpty() {
        return entries.isEmpty() && startLine == 0;
    }

    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** Return the value of a scalar entry. */
    public Optional<String> get(String key) {
        return entry(key)
                .filter(e -> !e.list() && !e.values().isEmpty())
                .map(e -> e.values().get(0));
    }

    /** Return a list entry's values, or a scalar as a one-element list. */
    public List<String> list(String key) {
        return entry(key).map(Entry::values).orElse(List.of());
    }

    public Map<String, Entry> entries() {
        return entries;
    }

    /** The 1-based line of the opening {@code ---}, or 0 when the file has none. */
    public int startLine() {
        return startLine;
    }

    /** The line an entry is on, or the opening line when it is missing. */
    public int lineOf(String key) {
        return entry(key).map(Entry::line).orElse(Math.max(startLine, 1));
    }
}
