package org.hygiene.core.progress;

import java.time.Instant;

/**
 * A learner's record for one exercise of a lesson. Every change is a step that a merge can keep:
 * solving, counting an attempt, taking a hint, giving up. A solved exercise stays solved.
 */
public final class ItemProgress {
    private boolean solved;
    private int points;
    private int maxPoints;
    private int hintsUsed;
    private int attempts;
    private boolean gaveUp;
    private Instant solvedAt;

    public boolean solved() {
        return solved;
    }

    /** Points won: those of the solve, else 0. */
    public int points() {
        return solved ? Math.min(points, maxPoints) : 0;
    }

    public int maxPoints() {
        return maxPoints;
    }

    public int hintsUsed() {
        return hintsUsed;
    }

    public int attempts() {
        return attempts;
    }

    public boolean gaveUp() {
        return gaveUp;
    }

    public Instant solvedAt() {
        return solvedAt;
    }

    /** Whether the exercise is over: solved or given up. */
    public boolean finished() {
        return solved || gaveUp;
    }

    /** Set what the exercise is worth (from the course, which may have changed). */
    public void worth(int max) {
        maxPoints = Math.max(0, max);
    }

    /** Count one checked answer. */
    public void countAttempt() {
        attempts++;
    }

    /** Take the next hint. */
    public void takeHint() {
        hintsUsed++;
    }

    /** Record the solve, once: a later solve never replaces the first. */
    public void solve(int pointsWon, Instant at) {
        if (solved) {
            return;
        }
        solved = true;
        points = Math.max(0, pointsWon);
        solvedAt = at;
    }

    /** Give up: no points; a solved exercise stays solved. */
    public void giveUp() {
        if (!solved) {
            gaveUp = true;
        }
    }

    /** Restore every field, as read from a file. */
    static ItemProgress restore(
            boolean solved,
            int points,
            int maxPoints,
            int hintsUsed,
            int attempts,
            boolean gaveUp,
            Instant solvedAt) {
        ItemProgress i = new ItemProgress();
        i.solved = solved;
        i.points = points;
        i.maxPoints = maxPoints;
        i.hintsUsed = hintsUsed;
        i.attempts = attempts;
        i.gaveUp = gaveUp;
        i.solvedAt = solvedAt;
        return i;
    }

    /** The points as recorded, even above the maximum (for the file and for checks). */
    int recordedPoints() {
        return points;
    }

    /**
     * Merge another record of the same exercise into this one. {@code base} is what this process
     * last saw on disk, so attempts made here are added to those recorded elsewhere.
     */
    void merge(ItemProgress base, ItemProgress disk) {
        int mine = attempts - (base == null ? 0 : base.attempts);
        attempts = disk.attempts + Math.max(0, mine);
        hintsUsed = Math.max(hintsUsed, disk.hintsUsed);
        gaveUp |= disk.gaveUp;
        if (disk.solved
                && (!solved
                        || (disk.solvedAt != null
                                && (solvedAt == null || disk.solvedAt.isBefore(solvedAt))))) {
            solved = true;
            points = disk.points;
            solvedAt = disk.solvedAt;
        }
        if (base != null && maxPoints == base.maxPoints) {
            maxPoints = disk.maxPoints;
        }
    }

    /** Bring forged or damaged values into range; returns true if anything changed. */
    boolean clamp() {
        boolean changed = false;
        if (maxPoints < 0) {
            maxPoints = 0;
            changed = true;
        }
        if (points < 0 || points > maxPoints) {
            points = Math.max(0, Math.min(points, maxPoints));
            changed = true;
        }
        if (attempts < 0 || hintsUsed < 0) {
            attempts = Math.max(0, attempts);
            hintsUsed = Math.max(0, hintsUsed);
            changed = true;
        }
        return changed;
    }

    ItemProgress copy() {
        return restore(solved, points, maxPoints, hintsUsed, attempts, gaveUp, solvedAt);
    }
}
