package org.hygiene.core.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One thing a learner did, as the class journal keeps it and the console shows it. Players create
 * events with the factories below; the session stamps the time and the class stamps the learner.
 * Fields a kind does not use are null (see {@link LearnerEventKind}).
 *
 * @param number a position, hint number, row count or quiz seed, by kind
 */
public record LearnerEvent(
        Instant at,
        String learner,
        LearnerEventKind kind,
        String unit,
        String item,
        String text,
        Boolean correct,
        List<String> choices,
        Double points,
        Double maxPoints,
        Long number,
        Boolean graded) {

    /** Longer answers and queries are cut here: the journal is a log, not an archive. */
    public static final int MAX_TEXT = 2000;

    public LearnerEvent {
        Objects.requireNonNull(kind, "kind");
        text = clip(text);
        choices = choices == null ? null : choices.stream().map(LearnerEvent::clip).toList();
    }

    private static String clip(String s) {
        return s == null || s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
    }

    private static LearnerEvent of(LearnerEventKind kind, String unit, String item) {
        return new LearnerEvent(
                null, null, kind, unit, item, null, null, null, null, null, null, null);
    }

    public static LearnerEvent unitOpened(String unit) {
        return of(LearnerEventKind.UNIT_OPENED, unit, null);
    }

    public static LearnerEvent position(String unit, int line) {
        return of(LearnerEventKind.POSITION, unit, null).withNumber(line);
    }

    public static LearnerEvent unitDone(String unit) {
        return of(LearnerEventKind.UNIT_DONE, unit, null);
    }

    public static LearnerEvent exerciseOpened(String unit, String exercise) {
        return of(LearnerEventKind.EXERCISE_OPENED, unit, exercise);
    }

    /** A query run in an exercise's shell; {@code rows} is -1 when it failed. */
    public static LearnerEvent query(String unit, String exercise, String query, long rows) {
        return of(LearnerEventKind.QUERY, unit, exercise).withText(query).withNumber(rows);
    }

    public static LearnerEvent answer(
            String unit, String exercise, String text, boolean correct, int points) {
        LearnerEvent e = of(LearnerEventKind.ANSWER, unit, exercise).withText(text);
        e = e.withCorrect(correct);
        return correct ? e.withPoints(points, null) : e;
    }

    public static LearnerEvent hint(String unit, String exercise, int number) {
        return of(LearnerEventKind.HINT, unit, exercise).withNumber(number);
    }

    public static LearnerEvent gaveUp(String unit, String exercise) {
        return of(LearnerEventKind.GAVE_UP, unit, exercise);
    }

    public static LearnerEvent quizStarted(String unit, long seed, boolean graded) {
        return of(LearnerEventKind.QUIZ_STARTED, unit, null).withNumber(seed).withGraded(graded);
    }

    public static LearnerEvent quizAnswer(
            String unit, String question, List<String> choices, boolean correct) {
        return of(LearnerEventKind.QUIZ_ANSWER, unit, question)
                .withChoices(choices)
                .withCorrect(correct);
    }

    /** The final mark of one question in a submitted attempt. */
    public static LearnerEvent quizMark(
            String unit,
            String question,
            List<String> choices,
            boolean correct,
            double points,
            double maxPoints,
            long seed,
            boolean graded) {
        return of(LearnerEventKind.QUIZ_MARK, unit, question)
                .withChoices(choices)
                .withCorrect(correct)
                .withPoints(points, maxPoints)
                .withNumber(seed)
                .withGraded(graded);
    }

    public static LearnerEvent quizGraded(
            String unit, double points, double maxPoints, long seed, boolean graded) {
        return of(LearnerEventKind.QUIZ_GRADED, unit, null)
                .withPoints(points, maxPoints)
                .withNumber(seed)
                .withGraded(graded);
    }

    public static LearnerEvent joined() {
        return of(LearnerEventKind.JOINED, null, null);
    }

    public static LearnerEvent left() {
        return of(LearnerEventKind.LEFT, null, null);
    }

    public LearnerEvent at(Instant time) {
        return new LearnerEvent(
                time, learner, kind, unit, item, text, correct, choices, points, maxPoints, number,
                graded);
    }

    public LearnerEvent by(String name) {
        return new LearnerEvent(
                at, name, kind, unit, item, text, correct, choices, points, maxPoints, number,
                graded);
    }

    private LearnerEvent withText(String t) {
        return new LearnerEvent(
                at, learner, kind, unit, item, t, correct, choices, points, maxPoints, number,
                graded);
    }

    private LearnerEvent withCorrect(boolean c) {
        return new LearnerEvent(
                at, learner, kind, unit, item, text, c, choices, points, maxPoints, number, graded);
    }

    private LearnerEvent withChoices(List<String> c) {
        return new LearnerEvent(
                at, learner, kind, unit, item, text, correct, c, points, maxPoints, number, graded);
    }

    private LearnerEvent withPoints(double p, Double max) {
        return new LearnerEvent(
                at, learner, kind, unit, item, text, correct, choices, p, max, number, graded);
    }

    private LearnerEvent withNumber(long n) {
        return new LearnerEvent(
                at, learner, kind, unit, item, text, correct, choices, points, maxPoints, n,
                graded);
    }

    private LearnerEvent withGraded(boolean g) {
        return new LearnerEvent(
                at, learner, kind, unit, item, text, correct, choices, points, maxPoints, number,
                g);
    }
}
