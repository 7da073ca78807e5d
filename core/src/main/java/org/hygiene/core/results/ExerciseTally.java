package org.hygiene.core.results;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hygiene.core.events.LearnerEvent;

/**
 * One exercise across the class: who tried and solved it, how long solving took (from a learner's
 * first opening to their right answer), hints taken, and the wrong answers most often given.
 */
public final class ExerciseTally {
    /** A wrong answer as learners typed it (the first spelling seen) and how many gave it. */
    public record WrongAnswer(String text, int count) {}

    private final String unit;
    private final String item;
    private final Set<String> tried = new LinkedHashSet<>();
    private final Set<String> solved = new LinkedHashSet<>();
    private final Set<String> gaveUp = new LinkedHashSet<>();
    private final Map<String, Instant> firstOpened = new HashMap<>();
    private final List<Duration> timesToSolve = new ArrayList<>();
    private int hints;
    private final Map<String, String> spelling = new LinkedHashMap<>();
    private final Map<String, Integer> wrong = new LinkedHashMap<>();

    ExerciseTally(String unit, String item) {
        this.unit = unit;
        this.item = item;
    }

    void add(LearnerEvent e) {
        String who = e.learner();
        switch (e.kind()) {
            case EXERCISE_OPENED -> {
                if (e.at() != null) {
                    firstOpened.putIfAbsent(who, e.at());
                }
            }
            case HINT -> hints++;
            case GAVE_UP -> gaveUp.add(who);
            case ANSWER -> answer(e, who);
            default -> {
                // Queries are not counted per exercise.
            }
        }
    }

    private void answer(LearnerEvent e, String who) {
        tried.add(who);
        if (Boolean.TRUE.equals(e.correct())) {
            if (solved.add(who) && firstOpened.containsKey(who) && e.at() != null) {
                timesToSolve.add(Duration.between(firstOpened.get(who), e.at()));
            }
            return;
        }
        String text = e.text() == null ? "" : e.text().strip();
        String key = collapseSpaces(text.toLowerCase(Locale.ROOT));
        spelling.putIfAbsent(key, text);
        wrong.merge(key, 1, Integer::sum);
    }

    /** Runs of white space as one space, without regular expressions on learner input. */
    private static String collapseSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    public String unit() {
        return unit;
    }

    public String item() {
        return item;
    }

    /** Learners who gave at least one checked answer. */
    public int tried() {
        return tried.size();
    }

    public int solved() {
        return solved.size();
    }

    public int gaveUp() {
        return gaveUp.size();
    }

    public int hints() {
        return hints;
    }

    /** The median time from first opening to solving, over learners who solved it. */
    public Optional<Duration> medianTimeToSolve() {
        if (timesToSolve.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = timesToSolve.stream().sorted().toList();
        int n = sorted.size();
        return Optional.of(
                n % 2 == 1
                        ? sorted.get(n / 2)
                        : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2));
    }

    /**
     * The most common wrong answers, most frequent first (ties in the order first given); answers
     * differing only in case or spacing count as one.
     */
    public List<WrongAnswer> commonWrongAnswers(int limit) {
        return wrong.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(limit)
                .map(en -> new WrongAnswer(spelling.get(en.getKey()), en.getValue()))
                .toList();
    }
}
