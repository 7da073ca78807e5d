package org.hygiene.core.text;

import static org.assertj.core.api.Assertions.assertThat;

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
}
