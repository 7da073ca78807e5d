package org.hygiene.core.results;

import java.time.Instant;
import java.util.List;

/** The report as Markdown: a heading and a table per section, for notes or a wiki. */
public final class ResultsMarkdown {
    private ResultsMarkdown() {}

    public static String write(
            String className, Instant generated, ClassResults r, CourseLabels labels) {
        StringBuilder b = new StringBuilder();
        b.append("# Results of class ").append(cell(className)).append("\n\n");
        b.append("Generated ").append(generated).append(".\n");
        section(b, "Learners", ResultTables.learners(r, labels));
        section(b, "Quiz questions", ResultTables.questions(r, labels));
        section(b, "Exercises", ResultTables.exercises(r, labels));
        return b.toString();
    }

    private static void section(StringBuilder b, String title, ResultTables.Table t) {
        b.append("\n## ").append(title).append("\n\n");
        if (t.rows().isEmpty()) {
            b.append("None yet.\n");
            return;
        }
        row(b, t.header());
        b.append('|').append(" --- |".repeat(t.header().size())).append('\n');
        t.rows().forEach(r -> row(b, r));
    }

    private static void row(StringBuilder b, List<String> cells) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(cell(c)).append(" |");
        }
        b.append('\n');
    }

    /** Text that cannot break the table or become markup: pipes, backslashes, line ends, HTML. */
    static String cell(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '|', '\\', '*', '_', '`', '[', ']', '<', '>', '#' -> b.append('\\').append(c);
                case '\n', '\r', '\t' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
