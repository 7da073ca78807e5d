package org.hygiene.quiz.player;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.hygiene.core.app.UserException;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.spi.Session;
import org.hygiene.quiz.engine.Attempt;
import org.hygiene.quiz.engine.Grade;
import org.hygiene.quiz.engine.Paper;
import org.hygiene.quiz.engine.Response;
import org.hygiene.quiz.model.Quiz;

/**
 * What the plain and the full-screen quiz share: starting or resuming an attempt, saving it after
 * every answer, and recording the submitted result (progress and results file).
 */
final class QuizRun {
    final Session session;
    final Quiz quiz;
    final String unitId;
    final AttemptStore store;
    final QuizOptions options;
    final Supplier<Instant> clock;

    /** The answers already sent as learner events, so each change is sent once. */
    private final Map<String, Response> reported = new HashMap<>();

    QuizRun(Session session, Quiz quiz, String unitId, QuizOptions options) {
        this.session = session;
        this.quiz = quiz;
        this.unitId = unitId;
        this.store = new AttemptStore(session.progressOf(unitId));
        this.options = options;
        this.clock = session::now;
        // Re-read first: another copy may have recorded or started an attempt meanwhile.
        session.save();
    }

    /**
     * Start a new attempt. Whether it is graded is decided under the store's lock, after reading
     * what other copies recorded, and the attempt is saved at once, so two copies cannot both start
     * the last graded attempt.
     */
    Attempt fresh() {
        long seed =
                options.seed() != null
                        ? options.seed()
                        : quiz.settings().seed() != null
                                ? quiz.settings().seed()
                                : new SecureRandom().nextInt(1_000_000);
        Paper paper = Paper.draw(quiz, seed);
        Attempt[] created = new Attempt[1];
        session.update(
                () -> {
                    Instant now = clock.get();
                    created[0] = new Attempt(paper, store.nextKind(quiz), now);
                    created[0].timeByWallClock(clock);
                    session.progressOf(unitId).start(now);
                    store.saveUnfinished(created[0], now);
                    session.progress().current(unitId);
                });
        reported.clear();
        session.record(
                LearnerEvent.quizStarted(unitId, seed, created[0].kind() == Attempt.Kind.GRADED));
        return created[0];
    }

    /** The unfinished attempt to resume, or empty when the quiz has changed since it began. */
    java.util.Optional<Attempt> resume() {
        return store.resume(quiz, clock);
    }

    /**
     * End the unfinished graded attempt by submitting it as it stands (unanswered questions score
     * nothing), as Moodle does with an attempt that is never finished: a graded attempt, once
     * begun, is used, so giving it up never buys a fresh graded one. Returns the grade, or empty
     * when the quiz changed so much since the attempt began that it cannot be rebuilt (it is then
     * dropped, as the author's change voids it).
     */
    java.util.Optional<Grade> submitAsItStands() {
        java.util.Optional<Attempt> open = resume();
        if (open.isEmpty()) {
            session.update(store::discardUnfinished);
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(submit(open.get()));
    }

    void save(Attempt attempt) {
        session.update(
                () -> {
                    store.saveUnfinished(attempt, clock.get());
                    session.progress().current(unitId);
                });
        QuizEvents.newAnswers(unitId, attempt, reported).forEach(session::record);
    }

    /** Grade and record the attempt; returns the grade. */
    Grade submit(Attempt attempt) {
        Grade grade = attempt.grade();
        Instant now = clock.get();
        session.update(() -> store.record(attempt, grade, now, quiz.settings().attempts()));
        QuizEvents.newAnswers(unitId, attempt, reported).forEach(session::record);
        QuizEvents.submitted(unitId, attempt, grade).forEach(session::record);
        if (options.results() != null) {
            String learner =
                    options.learner() != null ? options.learner() : session.progress().learner();
            try {
                ResultsFile.write(
                        options.results(),
                        ResultsFile.formatFor(options.results(), options.format()),
                        learner,
                        attempt,
                        grade,
                        now);
            } catch (IOException e) {
                throw new UserException(
                        "could not write the results to "
                                + options.results()
                                + ": "
                                + e.getMessage(),
                        e);
            }
        }
        return grade;
    }

    /** What the attempt about to be played counts for: the unfinished one, else a new one. */
    String kindLine() {
        Attempt.Kind kind = store.nextKind(quiz);
        if (store.hasUnfinished()) {
            kind = store.unfinishedIsGraded() ? Attempt.Kind.GRADED : Attempt.Kind.PRACTICE;
        }
        return kindLine(kind);
    }

    /** What an attempt of this kind counts for. */
    String kindLine(Attempt.Kind kind) {
        int allowed = quiz.settings().attempts();
        int used = store.gradedCount();
        if (kind == Attempt.Kind.PRACTICE) {
            return "Practice retake: your graded attempt"
                    + (allowed == 1 ? " is" : "s are")
                    + " used up, so this one does not change your grade"
                    + store.bestGraded().map(b -> " (graded: " + b + ")").orElse("")
                    + ".";
        }
        return allowed == 0
                ? "Graded attempt: your best attempt counts."
                : "Graded attempt " + Math.min(allowed, used + 1) + " of " + allowed + ".";
    }

    String about() {
        StringBuilder s = new StringBuilder();
        s.append(quiz.questionsPerAttempt()).append(" questions");
        if (quiz.questionsPerAttempt() < quiz.questions().size()) {
            s.append(" drawn from ").append(quiz.questions().size());
        }
        s.append(", pass mark ").append(Grade.format(quiz.settings().passPercent())).append('%');
        if (quiz.settings().timeLimit() != null) {
            s.append(", time limit ").append(Clock.format(quiz.settings().timeLimit()));
        }
        return s.append('.').toString();
    }

    /** Formatting of durations as m:ss. */
    static final class Clock {
        private Clock() {}

        static String format(java.time.Duration d) {
            long s = (d.toMillis() + 999) / 1000;
            return s >= 3600
                    ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                    : String.format("%d:%02d", s / 60, s % 60);
        }
    }
}
