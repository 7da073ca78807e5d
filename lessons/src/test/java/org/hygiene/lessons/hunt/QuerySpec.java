package org.hygiene.lessons.hunt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read {@code query-spec.md}: shared tables under "## Tables", then examples, each a heading with a
 * {@code query} block and a {@code rows} or {@code error} block.
 */
public final class QuerySpec {
    /** One example: its title, line, query, and the expected rows or error. */
    public record Example(String title, int line, String query, String rows, String error) {
        @Override
        public String toString() {
            return title + " (line " + line + ")";
        }
    }

    public final Map<String, String> tables = new LinkedHashMap<>();
    public final List<Example> examples = new ArrayList<>();

    public static QuerySpec load() {
        try (InputStream in = QuerySpec.class.getResourceAsStream("/query-spec.md")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static QuerySpec parse(String text) {
        QuerySpec spec = new QuerySpec();
        List<String> lines = text.lines().toList();
        String section = "";
        String heading = null;
        int headingLine = 0;
        String query = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ")) {
                section = line.substring(3).strip();
                continue;
            }
            if (line.startsWith("### ")) {
                heading = line.substring(4).strip();
                headingLine = i + 1;
                query = null;
                continue;
            }
            if (line.startsWith("```") && line.length() > 3) {
                String kind = line.substring(3).strip();
                StringBuilder body = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                    body.append(lines.get(i)).append('\n');
                }
                String b = body.toString();
                if (kind.equals("table")) {
                    spec.tables.put(heading, b);
                } else if (kind.equals("query")) {
                    query = b.strip();
                } else if (kind.equals("rows") || kind.equals("error")) {
                    if (query == null) {
                        throw new IllegalStateException(
                                "line " + (i + 1) + ": " + kind + " block without a query");
                    }
                    spec.examples.add(
                            new Example(
                                    section + ": " + heading,
                                    headingLine,
                                    query,
                                    kind.equals("rows") ? b : null,
                                    kind.equals("error") ? b.strip() : null));
                }
            }
        }
        return spec;
    }

    /** Fresh tables; {@code honourFilter} false makes them ignore raw pre-filters. */
    public List<org.hygiene.lessons.logs.LogTable> build(boolean honourFilter) {
        List<org.hygiene.lessons.logs.LogTable> out = new ArrayList<>();
        tables.forEach((name, body) -> out.add(MemoryTable.parse(name, body, honourFilter)));
        return out;
    }
}
