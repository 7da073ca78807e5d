package org.hygiene.core.results;

import java.util.List;

/**
 * What a report says about one exercise or quiz question besides the figures: its title and, for a
 * question with options, each option's text and whether it is right. Plug-ins supply these from the
 * course (see {@code UnitPlayer.itemKeys}). A question answered by typing has no options; {@code
 * accepted} then holds the answers its key accepts, as written in the quiz file.
 */
public record ItemKey(
        String unit, String item, String title, List<OptionKey> options, List<String> accepted) {

    /** One option of a question; {@code letter} is its place in the quiz file ({@code a} first). */
    public record OptionKey(String letter, String text, boolean correct) {}

    public ItemKey {
        options = List.copyOf(options);
        accepted = List.copyOf(accepted);
    }

    /** A question answered by choosing among {@code options}. */
    public ItemKey(String unit, String item, String title, List<OptionKey> options) {
        this(unit, item, title, options, List.of());
    }

    /** The letters of the right options, joined ({@code "b"}, {@code "ac"}). */
    public String correctLetters() {
        StringBuilder b = new StringBuilder();
        options.stream().filter(OptionKey::correct).forEach(o -> b.append(o.letter()));
        return b.toString();
    }
}
