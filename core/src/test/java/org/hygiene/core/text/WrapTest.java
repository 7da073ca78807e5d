package org.hygiene.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jline.utils.AttributedString;
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
}
