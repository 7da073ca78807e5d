package org.hygiene.core.progress;

import java.time.Instant;

/** A learner's record for one scored item inside a unit: an exercise or a quiz question. */
public final class ItemProgress {
    public boolean solved;
    public int points;
    public int maxPoints;
    public int hintsUsed;
    public int attempts;
    public boolean gaveUp;
    public Instant solvedAt;
}
