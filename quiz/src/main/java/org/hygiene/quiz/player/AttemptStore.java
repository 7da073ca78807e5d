package org.hygiene.quiz.player;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.hygiene.core.progress.QuizRecord;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.quiz.engine.Attempt;
import org.hygiene.quiz.engine.Grade;
import org.hygiene.quiz.engine.Mark;
import org.hygiene.quiz.engine.Paper;
import org.hygiene.quiz.engine.Response;
import org.hygiene.quiz.model.Quiz;

/**
 * Keep a quiz's attempts in the learner's progress (the unit's typed {@link QuizRecord}): the
 * unfinished attempt (so Ctrl-C loses nothing), the graded attempts (the best one is the unit's
 * score) and the practice retakes, which are counted apart and never change the grade.
 */
public final class AttemptStore {
    private final UnitProgress progress;

    public AttemptStore(UnitProgress progress) {
        this.progress = progress;
    }

    private QuizRecord record() {
        return progress.quiz();
    }

    public int gradedCount() {
        return record().gradedCount();
    }

    /**
     * The kind the next new attempt gets: graded while graded attempts are left, counting one still
     * open (perhaps in another copy of Hygiene), else practice.
     */
    public Attempt.Kind nextKind(Quiz quiz) {
        int allowed = quiz.settings().attempts();
        int used =
                gradedCount()
                        + (record().open().map(QuizRecord.Open::graded).orElse(false) ? 1 : 0);
        return allowed == 0 || used < allowed ? Attempt.Kind.GRADED : Attempt.Kind.PRACTICE;
    }

    public boolean hasUnfinished() {
        return record().open().isPresent();
    }

    /** Whether the unfinished attempt counts towards the grade. */
    public boolean unfinishedIsGraded() {
        return record().open().map(QuizRecord.Open::graded).orElse(false);
    }

    /** A short description of the unfinished attempt, for the resume question. */
    public String unfinishedSummary() {
        QuizRecord.Open open = record().open().orElseThrow();
        return open.responses().size()
                + " of "
                + open.questionIds().size()
                + " answered, "
                + open.kind()
                + ", seed "
                + open.seed();
    }

    /** Rebuild the unfinished attempt, or empty when the quiz has changed since it was started. */
    public Optional<Attempt> resume(Quiz quiz, Supplier<Instant> now) {
        Optional<QuizRecord.Open> found = record().open();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        QuizRecord.Open open = found.get();
        try {
            Paper paper = Paper.draw(quiz, open.seed());
            if (!paper.questionIds().equals(open.questionIds())) {
                return Optional.empty();
            }
            Attempt attempt =
                    new Attempt(
                            open.id(),
                            paper,
                            open.graded() ? Attempt.Kind.GRADED : Attempt.Kind.PRACTICE,
                            open.started() != null ? open.started() : now.get());
            for (String id : paper.questionIds()) {
                Response r = Response.decode(open.responses().get(id));
                if (r != null) {
                    attempt.answer(id, r);
                }
                Long ms = open.millis().get(id);
                if (ms != null) {
                    attempt.millis().put(id, ms);
                }
            }
            attempt.restoreElapsed(open.elapsedMillis());
            attempt.index(open.index());
            attempt.timeByWallClock(now);
            return Optional.of(attempt);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Write the attempt in progress (call after every answer). */
    public void saveUnfinished(Attempt attempt, Instant now) {
        java.util.Map<String, String> responses = new java.util.LinkedHashMap<>();
        attempt.responses().forEach((id, r) -> responses.put(id, Response.encode(r)));
        record().saveOpen(
                        new QuizRecord.Open(
                                attempt.id(),
                                attempt.kind().label(),
                                attempt.paper().seed(),
                                attempt.started(),
                                attempt.paper().questionIds(),
                                attempt.index(),
                                attempt.elapsedMillis(),
                                responses,
                                attempt.millis(),
                                now));
    }

    /** Drop the unfinished attempt for good (it will not come back from another copy's save). */
    public void discardUnfinished() {
        record().discardOpen();
    }

    /**
     * Record a submitted attempt; a graded one may become the unit's score. A graded attempt beyond
     * the quiz's allowance (another copy used it up meanwhile) is recorded as practice; returns the
     * kind it was recorded as.
     */
    public Attempt.Kind record(Attempt attempt, Grade grade, Instant now, int allowed) {
        QuizRecord q = record();
        boolean alreadyGraded = q.graded().stream().anyMatch(g -> g.id().equals(attempt.id()));
        boolean graded =
                attempt.kind() == Attempt.Kind.GRADED
                        && (alreadyGraded || allowed == 0 || q.gradedCount() < allowed);
        if (!graded) {
            q.record(
                    new QuizRecord.Practice(
                            attempt.id(), now, grade.points(), grade.maxPoints(), grade.percent()));
            progress.start(now);
            return Attempt.Kind.PRACTICE;
        }
        List<QuizRecord.QuestionResult> questions = new ArrayList<>();
        List<Paper.Item> items = attempt.paper().items();
        for (int i = 0; i < items.size(); i++) {
            Mark m = grade.marks().get(i);
            questions.add(
                    new QuizRecord.QuestionResult(
                            items.get(i).question().id(),
                            m.correctness() == Mark.Correctness.CORRECT,
                            Math.max(0, m.points()),
                            m.maxPoints()));
        }
        q.record(
                new QuizRecord.Graded(
                        attempt.id(),
                        attempt.paper().seed(),
                        attempt.started(),
                        now,
                        grade.points(),
                        grade.maxPoints(),
                        grade.percent(),
                        grade.passed(),
                        questions));
        progress.complete(now);
        return Attempt.Kind.GRADED;
    }

    /** The best graded result as text, if any ("4/5 (80%), passed"). */
    public Optional<String> bestGraded() {
        return record().best()
                .map(
                        g ->
                                summary(g.points(), g.maxPoints(), g.percent())
                                        + (g.passed() ? ", passed" : ", not passed"));
    }

    static String summary(double points, double max, double percent) {
        return Grade.format(points)
                + "/"
                + Grade.format(max)
                + String.format(Locale.ROOT, " (%.0f%%)", percent);
    }
}
