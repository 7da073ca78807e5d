package org.hygiene.quiz.engine;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** One learner's attempt at a paper: the responses so far and the time spent on each question. */
public final class Attempt {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Whether the attempt counts towards the grade. */
    public enum Kind {
        GRADED,
        PRACTICE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String id;
    private final Paper paper;
    private final Kind kind;
    private final Instant started;
    private final Map<String, Response> responses = new LinkedHashMap<>();
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long elapsedMillis;
    private int index;
    private Supplier<Instant> wallClock;

    public Attempt(Paper paper, Kind kind, Instant started) {
        this(newId(), paper, kind, started);
    }

    /** An attempt with a known id (resumed from progress). */
    public Attempt(String id, Paper paper, Kind kind, Instant started) {
        this.id = id;
        this.paper = paper;
        this.kind = kind;
        this.started = started;
    }

    private static String newId() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return java.util.HexFormat.of().formatHex(b);
    }

    /**
     * Identifies the attempt in progress files, so that it is recorded once however it is saved.
     */
    public String id() {
        return id;
    }

    /**
     * Time a graded attempt by the wall clock from its start: closing the program does not stop its
     * time limit. Practice retakes count only the time spent on their questions.
     */
    public void timeByWallClock(Supplier<Instant> clock) {
        if (kind == Kind.GRADED) {
            wallClock = clock;
        }
    }

    public Paper paper() {
        return paper;
    }

    public Kind kind() {
        return kind;
    }

    public Instant started() {
        return started;
    }

    public Map<String, Response> responses() {
        return responses;
    }

    public Map<String, Long> millis() {
        return millis;
    }

    /** Set (or with null, clear) the response to a question. */
    public void answer(String questionId, Response response) {
        if (response == null) {
            responses.remove(questionId);
        } else {
            responses.put(questionId, response);
        }
    }

    /** Count time spent on a question, and towards the time limit. */
    public void spend(String questionId, long ms) {
        if (ms > 0) {
            millis.merge(questionId, ms, Long::sum);
            elapsedMillis += ms;
        }
    }

    public long elapsedMillis() {
        return elapsedMillis;
    }

    public void restoreElapsed(long ms) {
        elapsedMillis = ms;
    }

    /** Time left under the quiz's limit, or null when untimed. */
    public Duration timeLeft() {
        Duration limit = paper.quiz().settings().timeLimit();
        if (limit == null) {
            return null;
        }
        long used = elapsedMillis;
        if (wallClock != null && started != null) {
            used = Math.max(used, Duration.between(started, wallClock.get()).toMillis());
        }
        long left = limit.toMillis() - used;
        return Duration.ofMillis(Math.max(0, left));
    }

    public boolean timeIsUp() {
        Duration left = timeLeft();
        return left != null && left.isZero();
    }

    public int index() {
        return index;
    }

    public void index(int i) {
        index = Math.max(0, Math.min(paper.items().size() - 1, i));
    }

    public int answeredCount() {
        return (int)
                paper.items().stream()
                        .filter(i -> responses.containsKey(i.question().id()))
                        .count();
    }

    public Grade grade() {
        return Grade.of(paper, responses);
    }
}
