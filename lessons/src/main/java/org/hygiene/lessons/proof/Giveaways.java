package org.hygiene.lessons.proof;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
import org.hygiene.lessons.exercise.answer.WindowsPathAnswer;

/**
 * Find answers a learner can read instead of finding them in the logs: in the lesson's prose, in
 * the exercise's own question or hints, or in another exercise's question or hints. An answer kept
 * only as a hash must not be readable anywhere in the file, so for those the explanations,
 * reference queries and anticipated wrong answers (with their feedback) of every exercise are
 * searched too, along with the shell file's name of a path answer and the clock time of a timestamp
 * answer. A hashed number is looked for only in its own explanation, as a whole number or a word;
 * other numbers are too short to search for, and items under three characters are skipped.
 */
final class Giveaways {
    /** An exercise and the answer its reference query proved, if the proof ran. */
    record Answered(Exercise exercise, Optional<String> proven) {}

    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final List<String> NUMBER_WORDS =
            List.of(
                    "zero",
                    "one",
                    "two",
                    "three",
                    "four",
                    "five",
                    "six",
                    "seven",
                    "eight",
                    "nine",
                    "ten",
                    "eleven",
                    "twelve",
                    "thirteen",
                    "fourteen",
                    "fifteen",
                    "sixteen",
                    "seventeen",
                    "eighteen",
                    "nineteen",
                    "twenty");

    private Giveaways() {}

    static List<Problem> find(Unit unit, List<ExerciseBlock> blocks, List<Answered> answered) {
        String file = unit.relativePath();
        List<String> prose = prose(unit, blocks);
        List<Problem> problems = new ArrayList<>();
        for (Answered a : answered) {
            Exercise e = a.exercise();
            boolean hashedOnly = hashedOnly(e);
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
                    String where = revealing(o, needle, hashedOnly);
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
            numberInOwnExplanation(a)
                    .ifPresent(
                            n ->
                                    problems.add(
                                            LessonCheck.at(
                                                    file,
                                                    e,
                                                    "its explanation states its hashed answer ('"
                                                            + n
                                                            + "'); say what the number means"
                                                            + " instead, since the learner"
                                                            + " who solved it knows it")));
        }
        return problems;
    }

    /** Whether the exercise's key holds hashes only, so nothing in the file may show it. */
    private static boolean hashedOnly(Exercise e) {
        return e.key().answers().isEmpty() && !e.key().hashes().isEmpty();
    }

    /** Where in {@code e}'s text {@code needle} is, or null; with {@code everywhere}, all of it. */
    private static String revealing(Exercise e, String needle, boolean everywhere) {
        if (contains(e.question(), needle)) {
            return "its question";
        }
        for (int i = 0; i < e.hints().size(); i++) {
            if (contains(e.hints().get(i).text(), needle)) {
                return "its hint " + (i + 1);
            }
        }
        if (everywhere && contains(e.explanation(), needle)) {
            return "its explanation";
        }
        if (everywhere && contains(e.query(), needle)) {
            return "its reference query";
        }
        for (int i = 0; everywhere && i < e.key().wrong().size(); i++) {
            var w = e.key().wrong().get(i);
            if (contains(w.answer(), needle) || contains(w.feedback(), needle)) {
                return "its wrong answer '" + w.answer() + "'";
            }
        }
        return null;
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static Set<String> items(Answered a) {
        Exercise e = a.exercise();
        Set<String> items = new LinkedHashSet<>();
        if (e.type() instanceof TimestampAnswer t) {
            // A clock time to the second is specific enough to search for.
            if (hashedOnly(e)) {
                a.proven().flatMap(t::instantOf).map(CLOCK::format).ifPresent(items::add);
            }
            return items;
        }
        if (e.type() instanceof NumberAnswer || e.type() instanceof RegexAnswer) {
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
                if (hashedOnly(e) && e.type() instanceof WindowsPathAnswer) {
                    fileName(s).ifPresent(items::add);
                }
            }
        }
        return items;
    }

    /** The last segment of a path with a folder, when long enough to be the answer's crux. */
    private static Optional<String> fileName(String path) {
        int slash = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
        String name = slash < 0 ? "" : path.substring(slash + 1);
        return name.length() >= 5 ? Optional.of(name) : Optional.empty();
    }

    /** A hashed number's own explanation stating it, in digits or as a word up to twenty. */
    private static Optional<String> numberInOwnExplanation(Answered a) {
        Exercise e = a.exercise();
        if (!(e.type() instanceof NumberAnswer) || !hashedOnly(e) || a.proven().isEmpty()) {
            return Optional.empty();
        }
        String n = a.proven().get().strip();
        String text = e.explanation().toLowerCase(Locale.ROOT);
        if (wholeNumberIn(text, n)) {
            return Optional.of(n);
        }
        if (n.length() <= 2
                && n.chars().allMatch(Character::isDigit)
                && Integer.parseInt(n) < NUMBER_WORDS.size()) {
            String word = NUMBER_WORDS.get(Integer.parseInt(n));
            if (wholeWordIn(text, word)) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    private static boolean wholeNumberIn(String text, String n) {
        for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
            int end = i + n.length();
            boolean before = i == 0 || !numberPart(text.charAt(i - 1));
            boolean after =
                    end == text.length()
                            || !(Character.isLetterOrDigit(text.charAt(end))
                                    || (numberPart(text.charAt(end))
                                            && end + 1 < text.length()
                                            && Character.isDigit(text.charAt(end + 1))));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    private static boolean numberPart(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == ',' || c == ':';
    }

    private static boolean wholeWordIn(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            boolean before = i == 0 || !Character.isLetter(text.charAt(i - 1));
            boolean after = end == text.length() || !Character.isLetter(text.charAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
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
