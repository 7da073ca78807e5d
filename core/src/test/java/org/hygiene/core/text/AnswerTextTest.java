package org.hygiene.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            textBlock =
                    """
                    Hafnium                 | Hafnium
                    '  Hafnium  '           | Hafnium
                    Hafnium.                | Hafnium
                    "Hafnium."              | Hafnium
                    "Hafnium".              | Hafnium
                    “Hafnium”               | Hafnium
                    ‘Hafnium’               | Hafnium
                    `web   shell`           | web shell
                    ＨＡＦＮＩＵＭ              | HAFNIUM
                    "“nested”"              | nested
                    ...                     | ...
                    Hafnium..               | Hafnium..
                    'Hafnium.'.             | Hafnium
                    Hafnium. .              | Hafnium. .
                    "unbalanced             | "unbalanced
                    """)
    void typedAnswersNormaliseByTheOneRule(String typed, String expected) {
        assertThat(AnswerText.normalise(typed)).isEqualTo(expected);
        assertThat(AnswerText.normalise(expected)).as("normalises to itself").isEqualTo(expected);
    }

    @Test
    void ignoringCaseComposesWhatLowerCasingBringsTogether() {
        // Capital J, a combining tilde overlay and a caron: no single character, so NFKC keeps
        // three; lower-cased, j with a caron is one character (U+01F0). Found by fuzzing.
        String typed = "J\u0334\u030C";
        String once = AnswerText.normaliseIgnoringCase(typed);
        assertThat(once).isEqualTo("\u01F0\u0334");
        assertThat(AnswerText.normaliseIgnoringCase(once)).isEqualTo(once);
        assertThat(AnswerText.normalise(typed).toLowerCase(java.util.Locale.ROOT))
                .as("lower-casing alone leaves a form that normalises again")
                .isNotEqualTo(once);
    }
}
