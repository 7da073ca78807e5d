package org.hygiene.core.course;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterParserTest {

    @Test
    void readsScalarsListsAndTheBodyLine() {
        var result =
                FrontMatterParser.parse(
                        "l.md",
                        """
                        ---
                        id: what-happened
                        title: "What happened: a timeline"
                        minutes: 15
                        objectives:
                          - Place the attacks on a timeline
                          - 'Quote figures with sources'
                        tags: [timeline, attribution]
                        ---
                        # Body
                        """);

        assertThat(result.problems()).isEmpty();
        FrontMatter fm = result.frontMatter();
        assertThat(fm.get("id")).contains("what-happened");
        assertThat(fm.get("title")).contains("What happened: a timeline");
        assertThat(fm.list("objectives"))
                .containsExactly("Place the attacks on a timeline", "Quote figures with sources");
        assertThat(fm.list("tags")).containsExactly("timeline", "attribution");
        assertThat(fm.lineOf("minutes")).isEqualTo(4);
        assertThat(result.body()).isEqualTo("# Body\n");
        assertThat(result.bodyLine()).isEqualTo(10);
    }

    @Test
    void aFileWithoutFrontMatterIsAllBody() {
        var result = FrontMatterParser.parse("l.md", "# Just text\n");

        assertThat(result.frontMatter().startLine()).isZero();
        assertThat(result.body()).isEqualTo("# Just text\n");
    }

    @Test
    void toleratesByteOrderMarkAndCrlf() {
        var result =
                FrontMatterParser.parse(
                        "l.md", "\uFEFF---\r\nid: a\r\ntitle: A\r\n---\r\nText\r\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.frontMatter().get("title")).contains("A");
        assertThat(result.body()).isEqualTo("Text\n");
    }

    @Test
    void reportsUnclosedFrontMatter() {
        var result = FrontMatterParser.parse("l.md", "---\nid: a\n# no closing line\n");

        assertThat(result.problems())
                .extracting(Problem::toString)
                .contains("l.md:1:1: front matter is not closed: add a line '---' after it");
    }

    @Test
    void reportsMalformedLinesWithTheirPosition() {
        var result =
                FrontMatterParser.parse("l.md", "---\nid: a\n  just words\n- stray\nid: b\n---\n");

        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "l.md:3:3: expected 'key: value'",
                        "l.md:4:1: list item without a key above it",
                        "l.md:5:1: duplicate key 'id'");
    }
}
