package org.hygiene.core.course;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

class ContentFuzzTest {
    /**
     * Whatever an author writes, front matter parsing returns problems with positions, never
     * throws.
     */
    @FuzzTest(maxDuration = "10s")
    void frontMatterParserNeverThrows(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();

        FrontMatterParser.Result r = FrontMatterParser.parse("f.md", text);

        assertThat(r.body()).isNotNull();
        assertThat(r.bodyLine()).isPositive();
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.line()).isGreaterThanOrEqualTo(0));
    }

    /** Whatever the outline, parsing returns entries and problems, never throws. */
    @FuzzTest(maxDuration = "10s")
    void outlineParserNeverThrows(FuzzedDataProvider data) {
        List<Problem> problems = new ArrayList<>();

        OutlineParser.Outline o =
                OutlineParser.parse("course.md", data.consumeRemainingAsString(), problems);

        assertThat(o.title()).isNotNull();
        assertThat(o.parts()).allSatisfy(p -> assertThat(p.entries()).isNotNull());
    }
}
