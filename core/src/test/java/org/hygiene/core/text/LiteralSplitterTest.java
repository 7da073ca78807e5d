package org.hygiene.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LiteralSplitterTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                ",",
                ",,",
                "a",
                "a,",
                "a,,",
                ",a",
                "a,b",
                "a,,b",
                ",a,b,",
                "a,b,c,,,",
                ".",
                "1.2.3.4",
                "\\\\server\\share\\",
                "a*b**c",
                "one two  three "
            })
    void splitsExactlyAsStringSplitDoesForEveryLimit(String text) {
        for (char separator : new char[] {',', '.', '\\', '*', ' '}) {
            for (int limit : new int[] {-1, 0, 1, 2, 3, 5}) {
                assertThat(LiteralSplitter.split(text, separator, limit))
                        .as("%s split on %s, limit %d", text, separator, limit)
                        .containsExactly(
                                text.split(Pattern.quote(String.valueOf(separator)), limit));
            }
            assertThat(LiteralSplitter.split(text, separator))
                    .containsExactly(text.split(Pattern.quote(String.valueOf(separator))));
        }
    }
}
