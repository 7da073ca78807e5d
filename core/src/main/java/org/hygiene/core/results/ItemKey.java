package org.hygiene.core.results;

import java.util.List;

/**
 * What a report says about one exercise or quiz question besides the figures: its title and, for a
 * question with options, each option's text and whether it is right. Plug-ins supply these from the
 * course (see {@code UnitPlayer.itemKeys}).
 */
public record ItemKey(String unit, String item, String title, List<OptionKey> options) {

    /** One option of a question; {@code letter} is its place in the quiz file ({@code a} first). */
    public record OptionKey(String letter, String text, boolean correct) {}

    public ItemKey {
        options = List.copyOf(options);
    }

    /** The letters of the right options, joined ({@code "b"}, {@code "ac"}). */
    public String correctLetters() {
        StringBuilder b = new StringBuilder();
        options.stream().filter(OptionKey::correct).forEach(o -> b.append(o.letter()));
        return b.toString();
    }
}
