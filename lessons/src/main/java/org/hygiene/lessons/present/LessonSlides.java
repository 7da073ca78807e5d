package org.hygiene.lessons.present;

import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.course.Unit;
import org.hygiene.core.slides.Deck;
import org.hygiene.core.slides.Slide;

/**
 * A lesson's slides as the room sees them on the projector, for learners who follow the trainer:
 * the same slides {@code hygiene present} shows, exercise slides as their question card, and no
 * speaker notes.
 */
public final class LessonSlides {
    private LessonSlides() {}

    /** The slides of {@code unit} as the audience sees them. */
    public static Deck of(Unit unit) {
        LessonDeck lesson = new LessonDeck(unit);
        Deck deck = lesson.deck();
        List<Slide> shown = new ArrayList<>(deck.size());
        for (int i = 0; i < deck.size(); i++) {
            Slide s = deck.slide(i);
            shown.add(new Slide(s.title(), lesson.markdownOf(i), List.of(), s.firstLine(), false));
        }
        return new Deck(deck.title(), shown);
    }
}
