package org.hygiene.core.slides;

import java.util.List;

/**
 * One slide of a lesson shown as a presentation.
 *
 * @param title the slide's heading (or the lesson's title for a slide without one)
 * @param markdown the slide's Markdown, speaker notes included (renderers never show them)
 * @param notes the speaker notes, in order, never shown to learners
 * @param firstLine the 0-based line of the lesson body the slide starts on
 * @param standalone whether the slide is one block the caller shows its own way (an exercise)
 */
public record Slide(
        String title, String markdown, List<String> notes, int firstLine, boolean standalone) {

    public Slide {
        notes = List.copyOf(notes);
    }
}
