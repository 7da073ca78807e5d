package org.hygiene.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SanitizerTest {

    @Test
    void escapeSequencesBecomeVisibleCaretNotation() {
        assertThat(Sanitizer.clean("a\u001b[31mred\u001b]0;title\u0007"))
                .isEqualTo("a^[[31mred^[]0;title^G");
    }

    @Test
    void c1ControlsAndBidiOverridesAreShownAsCodePoints() {
        assertThat(Sanitizer.clean("x\u009by\u202ez")).isEqualTo("x<U+009B>y<U+202E>z");
    }

    @Test
    void ordinaryTextIsReturnedUnchanged() {
        String text = "Exchange 2016 CU19 – façade 中文 ✓";
        assertThat(Sanitizer.clean(text)).isSameAs(text);
        assertThat(Sanitizer.isClean(text)).isTrue();
    }

    @Test
    void newlinesAreKeptOnlyWhenAskedFor() {
        assertThat(Sanitizer.clean("a\nb")).isEqualTo("a^Jb");
        assertThat(Sanitizer.cleanKeepingNewlines("a\n\u001bb\n")).isEqualTo("a\n^[b\n");
    }
}
