package org.hygiene.lessons.exercise.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hygiene.core.app.UserException;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.lessons.exercise.answer.AnswerHash;
import org.hygiene.lessons.exercise.answer.AnswerType;
import org.hygiene.lessons.exercise.answer.AnswerTypes;
import org.hygiene.lessons.exercise.answer.Normalized;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hygiene exercise hash}: print the salted hash of answers, for {@code answer-hash:}. */
@Command(
        name = "hash",
        mixinStandardHelpOptions = true,
        description = {
            "Print the answer-hash line for answers, so the answer key need not be readable.",
            "Each VALUE is normalised as the exercise will normalise learners' answers, then"
                    + " hashed."
        })
public final class HashCommand implements Callable<Integer> {
    @Option(
            names = "--type",
            defaultValue = "text",
            description =
                    "The answer type, or the item type of a set: text, ip, path, number (default:"
                            + " ${DEFAULT-VALUE}).")
    String type;

    @Option(
            names = "--salt",
            required = true,
            description = "The exercise's salt: its 'salt:' value, or else its id.")
    String salt;

    @Parameters(
            arity = "1..*",
            paramLabel = "VALUE",
            description = "The accepted answers (or set items).")
    List<String> values;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        AnswerType t =
                AnswerTypes.simple(type.toLowerCase(Locale.ROOT))
                        .orElseThrow(
                                () ->
                                        new UserException(
                                                "--type must be text, ip, path or number"
                                                    + " (timestamps are compared with a tolerance,"
                                                    + " so they cannot be hashed)"));
        if (!t.hashable()) {
            throw new UserException(t.name() + " answers cannot be hashed; use 'answer:'");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(values.size() == 1 ? "answer-hash: " + hash(t, values.get(0)) : "answer-hash:");
        if (values.size() > 1) {
            for (String v : values) {
                out.println("  - " + hash(t, v));
            }
        }
        out.flush();
        // The canonical forms go to the error stream, so that pasting the output leaks nothing.
        PrintWriter err = spec.commandLine().getErr();
        for (String v : values) {
            Normalized.Ok n = (Normalized.Ok) t.normalize(v);
            err.println(
                    "hashed '"
                            + Sanitizer.clean(n.value())
                            + "' with salt '"
                            + Sanitizer.clean(salt)
                            + "'");
        }
        err.flush();
        return 0;
    }

    private String hash(AnswerType t, String value) {
        Normalized n = t.normalize(value);
        if (n instanceof Normalized.Bad bad) {
            throw new UserException(
                    "'" + Sanitizer.clean(value) + "' is not " + t.form() + ": " + bad.why());
        }
        return AnswerHash.of(salt, ((Normalized.Ok) n).value());
    }
}
