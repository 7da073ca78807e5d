package org.hygiene.core.slides;

import java.util.List;

/**
 * A lesson cut into slides: at the author's {@code <!-- end_slide -->} comments where there are any
 * (presenterm's spelling), otherwise before every level-1 or level-2 heading.
 */
public record Deck(String title, List<Slide> slides) {

    public Deck {
        slides = List.copyOf(slides);
        if (slides.isEmpty()) {
            throw new IllegalArgumentException("a deck has at least one slide");
        }
    }

    public int size() {
        return slides.size();
    }

    public Slide slide(int index) {
        return slides.get(Math.max(0, Math.min(index, slides.size() - 1)));
    }

    /** The slide that holds 0-based body line {@code line}, to keep a place across reloads. */
    public int indexOfLine(int line) {
        int found = 0;
        for (int i = 0; i < slides.size(); i++) {
            if (slides.get(i).firstLine() <= line) {
                found = i;
            }
        }
        return found;
    }
}
