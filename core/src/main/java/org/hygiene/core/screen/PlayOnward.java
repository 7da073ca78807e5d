package org.hygiene.core.screen;

import java.util.Locale;
import java.util.Optional;
import org.hygiene.core.course.Unit;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.spi.Session;
import org.hygiene.core.spi.UnitPlayer;
import org.hygiene.core.text.Sanitizer;

/** Play a unit, then each next one the learner chooses to go on to ({@code n} at the end). */
public final class PlayOnward {
    private PlayOnward() {}

    /** Play from {@code unit}; returns a message when a unit cannot be played in this build. */
    public static Optional<String> from(Unit unit, Session session) {
        Unit next = unit;
        while (next != null && !session.quitRequested()) {
            Optional<UnitPlayer> player = session.plugins().playerFor(next.kind());
            if (player.isEmpty()) {
                return Optional.of(
                        "This build cannot open "
                                + next.kind().name().toLowerCase(Locale.ROOT)
                                + " units.");
            }
            Optional<String> locked = session.pacing().lockReason(next.id());
            if (locked.isPresent()) {
                return Optional.of(
                        Sanitizer.clean(
                                "\"" + next.title() + "\" is locked: " + locked.get() + "."));
            }
            session.progress().current = next.id();
            session.save();
            session.record(LearnerEvent.unitOpened(next.id()));
            player.get().play(next, session);
            next = session.takeUnitToOpen().flatMap(id -> session.course().unit(id)).orElse(null);
        }
        return Optional.empty();
    }
}
