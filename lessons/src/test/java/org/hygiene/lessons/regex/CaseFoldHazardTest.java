package org.hygiene.lessons.regex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RE2/J never finishes folding the case of U+1C80 to U+1C88, so a pattern that would fold them is
 * refused with a sentence, and every other pattern still compiles. (Found by fuzzing the exercise
 * parser: its regex answers compile case-insensitively.)
 */
class CaseFoldHazardTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(?i)\u1c80",
                "(?i)\\x{1c80}",
                "(?i)[\\x{100}-\\x{2000}]",
                "(?i)[\\x{7b}-\\x{10ffff}]",
                "(?i)[^\\x{1c88}]",
                "(?i)\\Q\u1c81\\E",
                "a(?i:[\\x{1c00}-\\x{1cff}])",
                "(?i)[]\\x{1c84}]",
                "(?i)[\\t-\\x{2000}]",
                "(?i)[\\a-\\x{1c80}]",
                "(?i)[\\0-\\x{2000}]",
                "(?i)[\\177-\\x{1c88}]",
                "(?i)\\x{0001c80}",
                "(?i)[\\x{00000100}-\\x{2000}]",
                "(?i)[[:a-\\x{2000}]",
                "(?i)[x[:-\\x{2000}]",
                "(?i)\\\u1c80",
                "(?i)[\\\u0100-\\x{2000}]"
            })
    // A refusal is immediate; a miss would spin for ever, so the timeout runs on its own thread.
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPatternThatWouldFoldThoseLettersIsRefusedWithAReason(String pattern) {
        assertThatThrownBy(() -> BoundedRegex.compile(pattern))
                .isInstanceOf(PatternSyntaxException.class)
                .hasMessageContaining("U+1C80 to U+1C88");
    }

    @Test
    void theCaseInsensitiveFlagCountsLikeTheInlineOne() {
        assertThatThrownBy(() -> BoundedRegex.compile("[\u1c80-\u1c88]", Pattern.CASE_INSENSITIVE))
                .isInstanceOf(PatternSyntaxException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u1c80",
                "[\\x{100}-\\x{2000}]",
                "(?i)[а-я]",
                "(?i)[\\x{100}-\\x{1c7f}]",
                "(?i)\\W",
                "(?i)\\pL",
                "(?i)[[:alpha:]-]",
                "(?i)ServerInfo~.*\\.aspx",
                "(?i)[\\t-\\r]",
                "(?i)\\101\\x{000041}"
            })
    void everyOtherPatternStillCompiles(String pattern) {
        assertThat(BoundedRegex.compile(pattern).pattern()).isEqualTo(pattern);
    }
}
