package org.hygiene.lessons.exercise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.SourceSpan;
import org.hygiene.core.course.Problem;
import org.hygiene.core.course.Unit;
import org.hygiene.core.markdown.MarkdownParser;
import org.hygiene.core.text.LiteralSplitter;
import org.hygiene.core.yaml.SourceLine;

/**
 * Find the exercise blocks of a lesson: fenced code blocks whose info string is {@code exercise}.
 */
public final class LessonExercises {
    /** The info string that marks a fenced code block as an exercise. */
    public static final String INFO = "exercise";

    private LessonExercises() {}

    /** Parse every exercise block of the unit, in order; ids must be unique within the lesson. */
    public static List<ExerciseBlock> of(Unit unit) {
        return of(unit.relativePath(), unit.body(), unit.bodyLine());
    }

    /**
     * Parse every exercise block of a lesson body that starts on {@code bodyLine} of {@code file}.
     */
    public static List<ExerciseBlock> of(String file, String body, int bodyLine) {
        String[] raw = LiteralSplitter.split(body, '\n', -1);
        List<FencedCodeBlock> fences = new ArrayList<>();
        MarkdownParser.parse(body)
                .accept(
                        new AbstractVisitor() {
                            @Override
                            public void visit(FencedCodeBlock code) {
                                if (isExercise(code)) {
                                    fences.add(code);
                                }
                            }
                        });
        List<ExerciseBlock> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (FencedCodeBlock code : fences) {
            List<SourceSpan> spans = code.getSourceSpans();
            int first = spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
            int last = spans.isEmpty() ? first : spans.get(spans.size() - 1).getLineIndex();
            int fenceLine = bodyLine + first;
            List<Problem> problems = new ArrayList<>();
            if (!(code.getParent() instanceof Document)) {
                problems.add(
                        new Problem(
                                file,
                                fenceLine,
                                1,
                                "an exercise block must stand on its own, not inside a list or"
                                        + " quote"));
            }
            int stray = strayFence(code, raw, first, last);
            if (!closed(code, raw, last) || stray >= 0) {
                // The block swallowed the prose after it: its parse problems would all be
                // cascades, so the cause is the one problem reported.
                problems.add(
                        new Problem(
                                file,
                                fenceLine,
                                1,
                                "the exercise block is not closed: it runs on to "
                                        + (stray >= 0
                                                ? "line " + (bodyLine + last)
                                                : "the end of the file")
                                        + "; end it with a line "
                                        + fence(code)
                                        + " after its last key"));
                out.add(new ExerciseBlock(Optional.empty(), problems, first, last));
                continue;
            }
            List<SourceLine> lines = new ArrayList<>();
            String[] literal = LiteralSplitter.split(code.getLiteral(), '\n', -1);
            for (int k = 0;
                    k < literal.length - 1 || (k == literal.length - 1 && !literal[k].isEmpty());
                    k++) {
                int idx = first + 1 + k;
                String rawLine = idx < raw.length ? raw[idx] : literal[k];
                int offset =
                        rawLine.endsWith(literal[k]) ? rawLine.length() - literal[k].length() : 0;
                lines.add(new SourceLine(literal[k], bodyLine + idx, offset));
            }
            ExerciseParser.Parsed parsed = ExerciseParser.parse(file, fenceLine, lines);
            problems.addAll(parsed.problems());
            Optional<Exercise> exercise = parsed.exercise();
            if (exercise.isPresent() && !ids.add(exercise.get().id())) {
                problems.add(
                        new Problem(
                                file,
                                fenceLine,
                                1,
                                "another exercise of this lesson has the id '"
                                        + exercise.get().id()
                                        + "'"));
                exercise = Optional.empty();
            }
            out.add(
                    new ExerciseBlock(
                            problems.isEmpty() ? exercise : Optional.empty(),
                            problems,
                            first,
                            last));
        }
        return out;
    }

    /** The exercises that parsed without problems. */
    public static List<Exercise> valid(Unit unit) {
        return of(unit).stream().flatMap(b -> b.exercise().stream()).toList();
    }

    /** Every problem of every exercise block of the unit. */
    public static List<Problem> problems(Unit unit) {
        return of(unit).stream().flatMap(b -> b.problems().stream()).toList();
    }

    static boolean isExercise(FencedCodeBlock code) {
        String info = code.getInfo() == null ? "" : code.getInfo().strip();
        int space = info.indexOf(' ');
        String word = space < 0 ? info : info.substring(0, space);
        return word.toLowerCase(Locale.ROOT).equals(INFO);
    }

    private static boolean closed(FencedCodeBlock code, String[] raw, int last) {
        if (last >= raw.length || code.getSourceSpans().size() < 2) {
            return false;
        }
        SourceSpan span = code.getSourceSpans().get(code.getSourceSpans().size() - 1);
        String rawLine = raw[last];
        String line = rawLine.substring(Math.min(rawLine.length(), span.getColumnIndex())).strip();
        char c = code.getFenceCharacter() == null ? '`' : code.getFenceCharacter().charAt(0);
        int n = code.getOpeningFenceLength() == null ? 3 : code.getOpeningFenceLength();
        return line.length() >= n && line.chars().allMatch(ch -> ch == c);
    }

    /**
     * The body line of a fence opening inside the block ({@code ```kql}): a closed exercise never
     * holds one (it would end the block), so the author forgot the exercise's closing fence.
     */
    private static int strayFence(FencedCodeBlock code, String[] raw, int first, int last) {
        char c = code.getFenceCharacter() == null ? '`' : code.getFenceCharacter().charAt(0);
        int n = code.getOpeningFenceLength() == null ? 3 : code.getOpeningFenceLength();
        String marker = String.valueOf(c).repeat(n);
        for (int i = first + 1; i < last && i < raw.length; i++) {
            String line = raw[i].stripLeading();
            if (line.startsWith(marker) && raw[i].length() - line.length() < 4) {
                return i;
            }
        }
        return -1;
    }

    private static String fence(FencedCodeBlock code) {
        String c = code.getFenceCharacter() == null ? "`" : code.getFenceCharacter();
        return c.repeat(code.getOpeningFenceLength() == null ? 3 : code.getOpeningFenceLength());
    }
}
