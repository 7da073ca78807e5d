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
    }

    @Test
    void newlinesAreKeptOnlyWhenAskedFor() {
        assertThat(Sanitizer.clean("a\nb")).isEqualTo("a^Jb");
        assertThat(Sanitizer.cleanKeepingNewlines("a\n\u001bb\n")).isEqualTo("a\n^[b\n");
    }

    @Test
    void arabicLetterMarkLineSeparatorsAndZeroWidthCharactersAreShown() {
        assertThat(Sanitizer.clean("a\u061cb\u2028c\u2029d\u200be\u200df\ufeffg\u2066h"))
                .isEqualTo("a<U+061C>b<U+2028>c<U+2029>d<U+200B>e<U+200D>f<U+FEFF>g<U+2066>h");
    }

    @Test
    void theCleaningWriterKeepsLineBreaksAndTabsAndNothingElse() {
        java.io.StringWriter target = new java.io.StringWriter();
        java.io.PrintWriter w = Sanitizer.writer(new java.io.PrintWriter(target));
        w.print("a,\"b\u001b[2J\"\r\n\tc\rd\u0007\u202e\n");
        w.flush();
        assertThat(target.toString()).isEqualTo("a,\"b^[[2J\"\r\n\tc^Md^G<U+202E>\n");
    }
}
