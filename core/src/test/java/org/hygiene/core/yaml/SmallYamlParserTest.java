package org.hygiene.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmallYamlParserTest {

    /** Lines as if the block started on file line 10, indented by two columns. */
    static List<SourceLine> lines(String text) {
        List<SourceLine> out = new ArrayList<>();
        String[] split = text.split("\n", -1);
        for (int i = 0; i < split.length; i++) {
            if (i == split.length - 1 && split[i].isEmpty()) {
                break;
            }
            out.add(new SourceLine(split[i], 10 + i, 2));
        }
        return out;
    }

    private static String scalar(YamlNode.Mapping m, String key) {
        return ((YamlNode.Scalar) m.entries().get(key).value()).text();
    }

    @Test
    void readsKeysBlockTextFoldedTextAndQuotes() {
        SmallYamlParser.Result r =
                SmallYamlParser.parse(
                        lines(
                                """
                                id: first
                                question: |
                                  Line one
                                    indented

                                  Line three
                                note: >
                                  folded
                                  together
                                plain: starts here
                                  and goes on
                                quoted: "a: b \\"c\\""
                                single: 'it''s'
                                """));
        assertThat(r.issues()).isEmpty();
        assertThat(scalar(r.root(), "id")).isEqualTo("first");
        assertThat(scalar(r.root(), "question")).isEqualTo("Line one\n  indented\n\nLine three");
        assertThat(scalar(r.root(), "note")).isEqualTo("folded together");
        assertThat(scalar(r.root(), "plain")).isEqualTo("starts here and goes on");
        assertThat(scalar(r.root(), "quoted")).isEqualTo("a: b \"c\"");
        assertThat(scalar(r.root(), "single")).isEqualTo("it's");
    }

    @Test
    void readsListsOfTextAndListsOfKeyedItems() {
        SmallYamlParser.Result r =
                SmallYamlParser.parse(
                        lines(
                                """
                                answers:
                                  - C:\\Windows\\Temp
                                  - http://203.0.113.7/
                                hints:
                                  - cost: 2
                                    text: |
                                      Look at
                                      AnchorMailbox.
                                  - cost: 3
                                    text: Sort it.
                                wrong:
                                - answer: x
                                  feedback: y
                                """));
        assertThat(r.issues()).isEmpty();
        YamlNode.Sequence answers = (YamlNode.Sequence) r.root().entries().get("answers").value();
        assertThat(answers.items())
                .extracting(n -> ((YamlNode.Scalar) n).text())
                .containsExactly("C:\\Windows\\Temp", "http://203.0.113.7/");
        YamlNode.Sequence hints = (YamlNode.Sequence) r.root().entries().get("hints").value();
        assertThat(hints.items()).hasSize(2);
        YamlNode.Mapping first = (YamlNode.Mapping) hints.items().get(0);
        assertThat(scalar(first, "cost")).isEqualTo("2");
        assertThat(scalar(first, "text")).isEqualTo("Look at\nAnchorMailbox.");
        assertThat(first.line()).isEqualTo(14);
        YamlNode.Sequence wrong = (YamlNode.Sequence) r.root().entries().get("wrong").value();
        assertThat(scalar((YamlNode.Mapping) wrong.items().get(0), "feedback")).isEqualTo("y");
    }

    @Test
    void reportsPositionsInTheLessonFile() {
        SmallYamlParser.Result r =
                SmallYamlParser.parse(
                        lines(
                                """
                                id: x
                                this line has no colon
                                  over: indented
                                id: again
                                q: "never closed
                                """));
        assertThat(r.issues())
                .extracting(i -> i.line() + ":" + i.column() + " " + i.message())
                .containsExactly(
                        "11:3 expected 'key: value', found 'this line has no colon'",
                        "12:5 unexpected indentation; keys of one block line up",
                        "13:3 'id' is given twice; keep one",
                        "14:6 the quoted text is not closed; end it with \"");
    }

    @Test
    void reportsTabsAndKeepsGoing() {
        SmallYamlParser.Result r = SmallYamlParser.parse(lines("id: x\nhints:\n\t- a\n"));
        assertThat(r.issues())
                .extracting(SmallYamlParser.Issue::message)
                .contains("indent with spaces, not tabs");
        assertThat(r.root().entries()).containsKeys("id", "hints");
    }

    @Test
    void skipsCommentsAndBlankLines() {
        SmallYamlParser.Result r =
                SmallYamlParser.parse(
                        lines("# a comment\n\nid: x\n  # indented comment\npoints: 5\n"));
        assertThat(r.issues()).isEmpty();
        assertThat(r.root().entries().keySet()).containsExactly("id", "points");
    }

    @Test
    void deepNestingStopsWithoutOverflowingTheStack() {
        StringBuilder s = new StringBuilder("a:\n");
        for (int i = 1; i < 2000; i++) {
            s.append(" ".repeat(i)).append("- k:\n");
        }
        SmallYamlParser.Result r = SmallYamlParser.parse(lines(s.toString()));
        assertThat(r.root().entries()).containsKey("a");
    }

    @Test
    void aStrayLineAtTheTopIsReportedAndTheKeysAfterItStillCount() {
        List<SourceLine> lines = new ArrayList<>();
        String[] text = {"a: 1", "- stray", "b: 2", "oops", "a: 3"};
        for (int i = 0; i < text.length; i++) {
            lines.add(new SourceLine(text[i], i + 1, 0));
        }
        SmallYamlParser.Result r = SmallYamlParser.parse(lines);
        assertThat(r.root().entries()).containsOnlyKeys("a", "b");
        assertThat(r.issues())
                .extracting(i -> i.line() + ":" + i.column() + ": " + i.message())
                .containsExactly(
                        "2:1: list item without a key above it",
                        "4:1: expected 'key: value', found 'oops'",
                        "5:1: 'a' is given twice; keep one");
    }
}
