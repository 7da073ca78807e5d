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
import org.hygiene.lessons.exercise.answer.TextAnswer;
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
                    "The answer type, or the item type of a set: text, ip, path, timestamp, number"
                            + " (default: ${DEFAULT-VALUE}). A timestamp is hashed to the second.")
    String type;

    @Option(
            names = "--case",
            defaultValue = "insensitive",
            paramLabel = "sensitive|insensitive",
            description =
                    "For text: the exercise's 'case:' value (default: ${DEFAULT-VALUE}). A hash"
                            + " made without 'sensitive' never matches a 'case: sensitive'"
                            + " exercise.")
    String textCase;

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
        AnswerType t = type();
        if (!t.hashable()) {
            throw new UserException(t.name() + " answers cannot be hashed; use 'answer:'");
        }
        // Hash every value before printing, so that one bad value prints no partial key.
        List<String> hashes = values.stream().map(v -> hash(t, v)).toList();
        PrintWriter out = spec.commandLine().getOut();
        out.println(hashes.size() == 1 ? "answer-hash: " + hashes.get(0) : "answer-hash:");
        if (hashes.size() > 1) {
            for (String h : hashes) {
                out.println("  - " + h);
            }
        }
        out.flush();
        // The canonical forms go to the error stream, so that pasting the output leaks nothing.
        PrintWriter err = spec.commandLine().getErr();
        for (String v : values) {
            Normalized.Ok n = (Normalized.Ok) t.hashInput(v);
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

    private AnswerType type() {
        String c = textCase.toLowerCase(Locale.ROOT);
        if (!c.equals("sensitive") && !c.equals("insensitive")) {
            throw new UserException("--case must be sensitive or insensitive");
        }
        String name = type.toLowerCase(Locale.ROOT);
        if (c.equals("sensitive") && !name.equals("text")) {
            throw new UserException("--case applies to text answers only");
        }
        // The same type the exercise builds from 'case: sensitive', so the hashes agree.
        return name.equals("text")
                ? new TextAnswer(c.equals("sensitive"))
                : AnswerTypes.simple(name)
                        .orElseThrow(
                                () ->
                                        new UserException(
                                                "--type must be text, ip, path, timestamp or"
                                                        + " number"));
    }

    private String hash(AnswerType t, String value) {
        if (t.normalize(value) instanceof Normalized.Bad bad) {
            throw new UserException(
                    "'" + Sanitizer.clean(value) + "' is not " + t.form() + ": " + bad.why());
        }
        Normalized n = t.hashInput(value);
        if (n instanceof Normalized.Bad bad) {
            throw new UserException("'" + Sanitizer.clean(value) + "': " + bad.why());
        }
        return AnswerHash.of(salt, ((Normalized.Ok) n).value());
    }
}
