package org.hygiene.core.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.events.LearnerEventKind;

/**
 * Classic item analysis of the quizzes: each learner's first graded attempt of each quiz (as
 * Moodle's statistics report offers by default) gives, per question, attempts, the facility index,
 * the discrimination index and the answer distribution.
 */
public final class ItemAnalysis {
    /** The share of the class in the upper and in the lower group. */
    public static final double GROUP_SHARE = 0.27;

    /** One learner's submitted attempt: the marks of its questions and its total. */
    record Attempt(String learner, String unit, List<LearnerEvent> marks, double percent) {}

    private ItemAnalysis() {}

    /** The first graded attempt of each learner for each quiz, in journal order. */
    static List<Attempt> firstGradedAttempts(List<LearnerEvent> events) {
        Map<String, List<LearnerEvent>> pending = new HashMap<>();
        Map<String, Attempt> first = new LinkedHashMap<>();
        for (LearnerEvent e : events) {
            String key = e.learner() + "\u0000" + e.unit();
            if (e.kind() == LearnerEventKind.QUIZ_STARTED) {
                pending.remove(key);
            } else if (e.kind() == LearnerEventKind.QUIZ_MARK) {
                pending.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            } else if (e.kind() == LearnerEventKind.QUIZ_GRADED) {
                List<LearnerEvent> marks = pending.remove(key);
                if (Boolean.TRUE.equals(e.graded()) && marks != null && !first.containsKey(key)) {
                    double max = e.maxPoints() == null ? 0 : e.maxPoints();
                    double points = e.points() == null ? 0 : e.points();
                    first.put(
                            key,
                            new Attempt(e.learner(), e.unit(), marks, max == 0 ? 0 : points / max));
                }
            }
        }
        return List.copyOf(first.values());
    }

    /** Statistics for every question met in a graded attempt, by quiz then question order. */
    public static List<QuestionStats> of(List<LearnerEvent> events) {
        List<Attempt> attempts = firstGradedAttempts(events);
        Map<String, Map<String, List<Scored>>> byQuestion = new LinkedHashMap<>();
        for (Attempt a : attempts) {
            for (LearnerEvent mark : a.marks()) {
                byQuestion
                        .computeIfAbsent(a.unit(), u -> new LinkedHashMap<>())
                        .computeIfAbsent(mark.item(), q -> new ArrayList<>())
                        .add(new Scored(a, mark));
            }
        }
        List<QuestionStats> stats = new ArrayList<>();
        byQuestion.forEach(
                (unit, questions) ->
                        questions.forEach((item, list) -> stats.add(question(unit, item, list))));
        return stats;
    }

    private record Scored(Attempt attempt, LearnerEvent mark) {
        boolean right() {
            return Boolean.TRUE.equals(mark.correct());
        }
    }

    private static QuestionStats question(String unit, String item, List<Scored> list) {
        int correct = (int) list.stream().filter(Scored::right).count();
        Map<String, Integer> choices = new TreeMap<>();
        int blank = 0;
        for (Scored s : list) {
            List<String> chosen = s.mark().choices() == null ? List.of() : s.mark().choices();
            if (chosen.isEmpty()) {
                blank++;
            }
            chosen.forEach(c -> choices.merge(c, 1, Integer::sum));
        }
        return new QuestionStats(
                unit, item, list.size(), correct, discrimination(list), choices, blank);
    }

    /**
     * Upper minus lower group's share correct. Learners are ranked by the attempt's total score,
     * highest first (ties by name, so the result does not depend on journal order); each group is
     * 27% of the attempts, rounded, and at least one learner.
     */
    static Optional<Double> discrimination(List<Scored> list) {
        int n = list.size();
        if (n < 2) {
            return Optional.empty();
        }
        List<Scored> ranked = new ArrayList<>(list);
        ranked.sort(
                Comparator.comparingDouble((Scored s) -> -s.attempt().percent())
                        .thenComparing(s -> s.attempt().learner()));
        int group = Math.max(1, (int) Math.round(GROUP_SHARE * n));
        double upper = share(ranked.subList(0, group));
        double lower = share(ranked.subList(n - group, n));
        return Optional.of(upper - lower);
    }

    private static double share(List<Scored> group) {
        return (double) group.stream().filter(Scored::right).count() / group.size();
    }
}
