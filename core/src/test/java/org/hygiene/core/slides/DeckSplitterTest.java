package org.hygiene.core.slides;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.node.FencedCodeBlock;
import org.junit.jupiter.api.Test;

class DeckSplitterTest {

    @Test
    void withoutEndSlideCommentsEverySecondLevelSectionIsASlide() {
        String body =
                """
                # The chain

                Intro text.

                ## Step one

                The SSRF.

                ```text
                ## not a heading inside code
                ```

                ### A detail stays on its slide

                ## Step two

                The file write.
                """;
        Deck deck = DeckSplitter.split("Lesson", body, n -> false);

        assertThat(deck.slides())
                .extracting(Slide::title)
                .containsExactly("The chain", "Step one", "Step two");
        assertThat(deck.slide(1).markdown()).contains("The SSRF.", "A detail stays on its slide");
        assertThat(deck.slide(1).firstLine()).isEqualTo(4);
    }

    @Test
    void endSlideCommentsWhereverPresentDecideAlone() {
        String body =
                """
                ## One

                First.

                ## Still one

                <!-- end_slide -->

                Two has no heading.

                <!-- end_slide -->
                ## Three
                """;
        Deck deck = DeckSplitter.split("Lesson", body, n -> false);

        assertThat(deck.slides())
                .extracting(Slide::title)
                .containsExactly("One", "Still one", "Three");
        assertThat(deck.slide(0).markdown()).contains("First.", "## Still one");
        assertThat(deck.slide(1).markdown()).contains("Two has no heading.");
    }

    @Test
    void speakerNotesBelongToTheirSlideInBothForms() {
        String body =
                """
                ## One

                Text.

                <!-- speaker_note: Ask the room first. -->

                ## Two

                <!--
                speaker_note: |
                  Line one.
                  Line two.
                -->
                More.
                """;
        Deck deck = DeckSplitter.split("Lesson", body, n -> false);

        assertThat(deck.slide(0).notes()).containsExactly("Ask the room first.");
        assertThat(deck.slide(1).notes()).containsExactly("Line one.\nLine two.");
    }

    @Test
    void standaloneBlocksGetASlideOfTheirOwnUnderTheSectionTitle() {
        String body =
                """
                ## Hunt

                Before.

                ```exercise
                id: x
                ```

                After.
                """;
        Deck deck =
                DeckSplitter.split(
                        "Lesson",
                        body,
                        n -> n instanceof FencedCodeBlock f && f.getInfo().equals("exercise"));

        assertThat(deck.slides()).hasSize(3);
        assertThat(deck.slide(1).standalone()).isTrue();
        assertThat(deck.slide(1).title()).isEqualTo("Hunt");
        assertThat(deck.slide(1).markdown()).startsWith("```exercise");
        assertThat(deck.slide(2).markdown()).contains("After.");
        assertThat(deck.indexOfLine(9)).isEqualTo(2);
    }

    @Test
    void anEmptyBodyIsOneEmptySlideWithTheLessonTitle() {
        Deck deck = DeckSplitter.split("Lesson", "", n -> false);

        assertThat(deck.slides()).extracting(Slide::title).containsExactly("Lesson");
    }

    @Test
    void aFoldedOrQuotedNoteReadsAsYamlWould() {
        assertThat(SlideComments.speakerNote("<!-- speaker_note: \"quoted\" -->"))
                .contains("quoted");
        assertThat(SlideComments.speakerNote("<!--\nspeaker_note: >\n  one\n  two\n-->"))
                .contains("one two");
        assertThat(SlideComments.speakerNote("<!-- just a comment -->")).isEmpty();
        assertThat(SlideComments.isEndSlide("<!-- end_slide -->")).isTrue();
        assertThat(SlideComments.isEndSlide("<!-- end_slide --> <!-- x -->")).isFalse();
    }
}
