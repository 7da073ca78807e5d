package org.hygiene.core.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** What {@code class add} and {@code class import} print: the codes, once, and what comes next. */
final class ClassRosterOutput {
    private ClassRosterOutput() {}

    static void printAdded(
            PrintWriter out,
            String className,
            List<String> names,
            Map<String, String> codes,
            boolean byKey) {
        out.println(
                (names.size() == 1 ? "1 learner" : names.size() + " learners")
                        + " in class '"
                        + className
                        + "' updated.");
        if (!codes.isEmpty()) {
            out.println(
                    "Join codes (shown only now; hand each to its learner, or run add --new-code"
                            + " later):");
            int width = codes.keySet().stream().mapToInt(String::length).max().orElse(0);
            codes.forEach(
                    (name, code) ->
                            out.println(
                                    "  " + name + " ".repeat(width - name.length() + 2) + code));
        }
        if (byKey) {
            out.println("They sign in with their SSH key; no code needed.");
        }
        out.println("Serve the class with: hygiene serve --class " + className);
    }
}
