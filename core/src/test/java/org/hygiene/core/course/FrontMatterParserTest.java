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
                FrontMatterParser.parse(
                        "l.md", "---\nid: a\njust words\n- stray\nid: b\nbad key: c\n---\n");

        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "l.md:3:1: expected 'key: value', found 'just words'",
                        "l.md:4:1: list item without a key above it",
                        "l.md:5:1: 'id' is given twice; keep one",
                        "l.md:6:1: expected 'key: value', found 'bad key: c'");
        assertThat(result.frontMatter().get("id")).contains("a");
    }

    @Test
    void flowListsQuotedTextAndIndentedContinuationsReadAsAuthorsMeanThem() {
        var result =
                FrontMatterParser.parse(
                        "l.md",
                        "---\ntags: [a, \"b\", c]\ntitle: \"[not a list]\"\n"
                                + "description: one\n  two\nempty:\nbad: [x\n---\n");

        FrontMatter fm = result.frontMatter();
        assertThat(fm.list("tags")).containsExactly("a", "b", "c");
        assertThat(fm.get("title")).contains("[not a list]");
        assertThat(fm.get("description")).contains("one two");
        assertThat(fm.entry("empty")).hasValueSatisfying(e -> assertThat(e.list()).isTrue());
        assertThat(result.problems())
                .extracting(Problem::toString)
                .containsExactly("l.md:7:6: unclosed '[' in list");
    }
}
