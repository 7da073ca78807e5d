package org.hygiene.quiz.player;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hygiene.core.progress.ItemProgress;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.core.text.LiteralSplitter;
import org.hygiene.quiz.engine.Attempt;
import org.hygiene.quiz.engine.Grade;
import org.hygiene.quiz.engine.Mark;
import org.hygiene.quiz.engine.Paper;
import org.hygiene.quiz.engine.Response;
import org.hygiene.quiz.model.Quiz;

/**
 * Keep a quiz's attempts in the learner's progress: the unfinished attempt (so Ctrl-C loses
 * nothing), the graded attempts (the best one is the unit's score) and the practice retakes, which
 * are counted apart and never change the grade.
 */
public final class AttemptStore {
    private static final String A = "attempt.";
    private final UnitProgress progress;

    public AttemptStore(UnitProgress progress) {
        this.progress = progress;
    }

    public int gradedCount() {
        return Integer.parseInt(progress.data.getOrDefault("graded.count", "0"));
    }

    /** The kind the next new attempt gets, or empty when none is allowed. */
    public Attempt.Kind nextKind(Quiz quiz) {
        int allowed = quiz.settings().attempts();
        return allowed == 0 || gradedCount() < allowed
                ? Attempt.Kind.GRADED
                : Attempt.Kind.PRACTICE;
    }

    public boolean hasUnfinished() {
        return progress.data.containsKey(A + "seed");
    }

    /** A short description of the unfinished attempt, for the resume question. */
    public String unfinishedSummary() {
        String questions = progress.data.getOrDefault(A + "questions", "");
        int total = questions.isEmpty() ? 0 : LiteralSplitter.split(questions, ',').length;
        long answered = progress.data.keySet().stream().filter(k -> k.startsWith(A + "r.")).count();
        return answered
                + " of "
                + total
                + " answered, "
                + progress.data.getOrDefault(A + "kind", "graded")
                + ", seed "
                + progress.data.get(A + "seed");
    }

    public long unfinishedSeed() {
        return Long.parseLong(progress.data.get(A + "seed"));
    }

    /** Rebuild the unfinished attempt, or empty when the quiz has changed since it was started. */
    public Optional<Attempt> resume(Quiz quiz) {
        if (!hasUnfinished()) {
            return Optional.empty();
        }
        try {
            Paper paper = Paper.draw(quiz, unfinishedSeed());
            if (!String.join(",", paper.questionIds()).equals(progress.data.get(A + "questions"))) {
                return Optional.empty();
            }
            Attempt.Kind kind =
                    Attempt.Kind.valueOf(
                            progress.data
                                    .getOrDefault(A + "kind", "graded")
                                    .toUpperCase(Locale.ROOT));
            Attempt attempt =
                    new Attempt(paper, kind, Instant.parse(progress.data.get(A + "started")));
            for (String id : paper.questionIds()) {
                Response r = Response.decode(progress.data.get(A + "r." + id));
                if (r != null) {
                    attempt.answer(id, r);
                }
                String ms = progress.data.get(A + "ms." + id);
                if (ms != null) {
                    attempt.millis().put(id, Long.parseLong(ms));
                }
            }
            attempt.restoreElapsed(Long.parseLong(progress.data.getOrDefault(A + "elapsed", "0")));
            attempt.index(Integer.parseInt(progress.data.getOrDefault(A + "index", "0")));
            return Optional.of(attempt);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Write the attempt in progress (call after every answer). */
    public void saveUnfinished(Attempt attempt) {
        discardUnfinished();
        Map<String, String> d = progress.data;
        d.put(A + "seed", String.valueOf(attempt.paper().seed()));
        d.put(A + "kind", attempt.kind().label());
        d.put(A + "started", attempt.started().toString());
        d.put(A + "questions", String.join(",", attempt.paper().questionIds()));
        d.put(A + "index", String.valueOf(attempt.index()));
        d.put(A + "elapsed", String.valueOf(attempt.elapsedMillis()));
        attempt.responses().forEach((id, r) -> d.put(A + "r." + id, Response.encode(r)));
        attempt.millis().forEach((id, ms) -> d.put(A + "ms." + id, String.valueOf(ms)));
    }

    public void discardUnfinished() {
        progress.data.keySet().removeIf(k -> k.startsWith(A));
    }

    /** Record a submitted attempt; a graded one may become the unit's score. */
    public void record(Attempt attempt, Grade grade, Instant now) {
        discardUnfinished();
        Map<String, String> d = progress.data;
        String summary =
                Grade.format(grade.points())
                        + "/"
                        + Grade.format(grade.maxPoints())
                        + String.format(Locale.ROOT, " (%.0f%%)", grade.percent());
        if (attempt.kind() == Attempt.Kind.PRACTICE) {
            d.put(
                    "practice.count",
                    String.valueOf(Integer.parseInt(d.getOrDefault("practice.count", "0")) + 1));
            d.put("practice.last", summary);
            progress.start(now);
            return;
        }
        d.put("graded.count", String.valueOf(gradedCount() + 1));
        double best = Double.parseDouble(d.getOrDefault("graded.percent", "-1"));
        if (grade.percent() > best) {
            d.put("graded.percent", String.format(Locale.ROOT, "%.2f", grade.percent()));
            d.put("graded.best", summary);
            d.put("graded.passed", String.valueOf(grade.passed()));
            d.put("graded.seed", String.valueOf(attempt.paper().seed()));
            progress.items.clear();
            List<Paper.Item> items = attempt.paper().items();
            for (int i = 0; i < items.size(); i++) {
                Mark m = grade.marks().get(i);
                ItemProgress item = progress.item(items.get(i).question().id());
                item.solved = m.correctness() == Mark.Correctness.CORRECT;
                item.points = (int) Math.floor(Math.max(0, m.points()) + 1e-9);
                item.maxPoints = m.maxPoints();
                item.attempts = 1;
                item.solvedAt = item.solved ? now : null;
            }
            progress.score = (int) Math.floor(grade.points() + 1e-9);
            progress.maxScore = (int) Math.round(grade.maxPoints());
        }
        progress.complete(now);
    }

    /** The best graded result as text, if any ("4/5 (80%), passed"). */
    public Optional<String> bestGraded() {
        String best = progress.data.get("graded.best");
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(
                best
                        + (Boolean.parseBoolean(progress.data.get("graded.passed"))
                                ? ", passed"
                                : ", not passed"));
    }
}
