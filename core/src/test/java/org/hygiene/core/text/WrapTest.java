package org.hygiene.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class WrapTest {
    private static List<String> wrap(String text, int width) {
        return Wrap.words(new AttributedString(text), width).stream()
                .map(AttributedString::toString)
                .toList();
    }

    @Test
    void wrapsAtSpacesWithinTheWidth() {
        assertThat(wrap("the quick brown fox jumps over the lazy dog", 10))
                .containsExactly("the quick", "brown fox", "jumps over", "the lazy", "dog");
    }

    @Test
    void splitsWordsLongerThanTheWidth() {
        assertThat(wrap("ServerInfo~a]@mail.contoso.local:444/ecp", 12))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(12))
                .containsExactly("ServerInfo~a", "]@mail.conto", "so.local:444", "/ecp");
    }

    @Test
    void countsWideCharactersAsTwoCells() {
        List<AttributedString> lines = Wrap.words(new AttributedString("中文中文中文 ab"), 6);
        assertThat(lines).allSatisfy(l -> assertThat(l.columnLength()).isLessThanOrEqualTo(6));
        assertThat(lines)
                .extracting(AttributedString::toString)
                .containsExactly("中文中", "文中文", "ab");
    }

    @Test
    void aLineBreakForcesABreakAndSpacesInsideALineAreKept() {
        assertThat(wrap("one  two\nthree", 20)).containsExactly("one  two", "three");
        assertThat(wrap("  lead and trail  ", 20)).containsExactly("lead and trail");
        assertThat(wrap("", 5)).containsExactly("");
    }

    @Test
    void rangesPointIntoTheTextAndStylesSurviveTheWrap() {
        assertThat(Wrap.ranges("ab cd", 2))
                .containsExactly(new Wrap.Range(0, 2), new Wrap.Range(3, 5));
        AttributedString bold = new AttributedString("bold text", AttributedStyle.BOLD);
        assertThat(Wrap.words(bold, 4))
                .allSatisfy(l -> assertThat(l.styleAt(0)).isEqualTo(AttributedStyle.BOLD));
    }

    @Test
    void cellsCountWideCharactersTwiceAndCombiningMarksNotAtAll() {
        assertThat(Wrap.cells("a中e\u0301")).isEqualTo(4);
    }
}
