package org.hygiene.lessons.proof;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hygiene.core.course.Problem;
import org.hygiene.core.course.Unit;
import org.hygiene.lessons.exercise.Exercise;
import org.hygiene.lessons.exercise.ExerciseBlock;
import org.hygiene.lessons.exercise.answer.NumberAnswer;
import org.hygiene.lessons.exercise.answer.RegexAnswer;
import org.hygiene.lessons.exercise.answer.SetAnswer;
import org.hygiene.lessons.exercise.answer.TimestampAnswer;

/**
 * Find answers a learner can read instead of finding them in the logs: in the lesson's prose, in
 * the exercise's own question or hints, or in another exercise's question or hints. Numbers and
 * times are too short or too variable to search for; items under three characters are skipped.
 */
final class Giveaways {
    /** An exercise and the answer its reference query proved, if the proof ran. */
    record Answered(Exercise exercise, Optional<String> proven) {}

    private Giveaways() {}

    static List<Problem> find(Unit unit, List<ExerciseBlock> blocks, List<Answered> answered) {
        String file = unit.relativePath();
        List<String> prose = prose(unit, blocks);
        List<Problem> problems = new ArrayList<>();
        for (Answered a : answered) {
            Exercise e = a.exercise();
            for (String item : items(a)) {
                String needle = item.toLowerCase(Locale.ROOT);
                int line = firstLineWith(prose, needle);
                if (line >= 0) {
                    problems.add(
                            LessonCheck.at(
                                    file,
                                    e,
                                    "its answer '"
                                            + item
                                            + "' is written in the lesson at line "
                                            + (unit.bodyLine() + line)
                                            + "; learners must find it in the logs"));
                }
                for (Answered other : answered) {
                    Exercise o = other.exercise();
                    String where = revealing(o, needle);
                    if (where == null) {
                        continue;
                    }
                    problems.add(
                            LessonCheck.at(
                                    file,
                                    o,
                                    o == e
                                            ? where + " gives away its own answer '" + item + "'"
                                            : where
                                                    + " gives away the answer of exercise '"
                                                    + e.id()
                                                    + "' ('"
                                                    + item
                                                    + "')"));
                }
            }
        }
        return problems;
    }

    /** Where in {@code e}'s question and hints {@code needle} is, or null. */
    private static String revealing(Exercise e, String needle) {
        if (e.question().toLowerCase(Locale.ROOT).contains(needle)) {
            return "its question";
        }
        for (int i = 0; i < e.hints().size(); i++) {
            if (e.hints().get(i).text().toLowerCase(Locale.ROOT).contains(needle)) {
                return "its hint " + (i + 1);
            }
        }
        return null;
    }

    private static Set<String> items(Answered a) {
        Exercise e = a.exercise();
        Set<String> items = new LinkedHashSet<>();
        if (e.type() instanceof NumberAnswer
                || e.type() instanceof TimestampAnswer
                || e.type() instanceof RegexAnswer) {
            return items;
        }
        List<String> answers = new ArrayList<>(e.key().answers());
        a.proven().ifPresent(answers::add);
        for (String answer : answers) {
            List<String> parts =
                    e.type() instanceof SetAnswer set ? set.split(answer) : List.of(answer);
            for (String part : parts) {
                String s = part.strip();
                if (s.length() >= 3) {
                    items.add(s);
                }
            }
        }
        return items;
    }

    private static int firstLineWith(List<String> lines, String needle) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) != null && lines.get(i).toLowerCase(Locale.ROOT).contains(needle)) {
                return i;
            }
        }
        return -1;
    }

    /** The body's lines, with the lines of exercise blocks blanked out (null). */
    private static List<String> prose(Unit unit, List<ExerciseBlock> blocks) {
        List<String> lines = new ArrayList<>(List.of(unit.body().split("\n", -1)));
        for (ExerciseBlock b : blocks) {
            for (int i = b.firstBodyLine(); i <= b.lastBodyLine() && i < lines.size(); i++) {
                lines.set(i, null);
            }
        }
        return lines;
    }
}
