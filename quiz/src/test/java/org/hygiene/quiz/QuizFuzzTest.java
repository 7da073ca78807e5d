package org.hygiene.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.hygiene.quiz.engine.Grade;
import org.hygiene.quiz.engine.Paper;
import org.hygiene.quiz.format.GiftReader;
import org.hygiene.quiz.format.GiftWriter;
import org.hygiene.quiz.format.MarkdownWriter;
import org.hygiene.quiz.format.QuizParser;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: the quiz and GIFT parsers never throw, whatever the text, and what they accept can
 * be drawn, graded and written back. {@code JAZZER_FUZZ=1} fuzzes; a normal build replays.
 */
class QuizFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void theQuizParserReportsProblemsButNeverThrows(FuzzedDataProvider data) {
        // Raw text, so the committed seeds are plain quiz files.
        String text = data.consumeRemainingAsString();
        QuizParser.Result r = QuizParser.parseFile("fuzz.md", text);
        if (r.ok()) {
            Paper paper = Paper.draw(r.quiz(), 1);
            Grade.of(paper, java.util.Map.of());
            GiftWriter.write(r.quiz());
            MarkdownWriter.write(r.quiz());
        }
    }

    @FuzzTest(maxDuration = "20s")
    void theGiftReaderReportsProblemsButNeverThrows(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        GiftReader.Result r = GiftReader.read("fuzz.gift", text, "fuzz");
        MarkdownWriter.write(r.quiz());
    }

    @Test
    void pathologicalQuizzesAreHandledQuickly() {
        String deep = "> ".repeat(500) + "deep";
        String huge = "x".repeat(50_000);
        String quiz =
                "# Q "
                        + huge
                        + " {#a}\n\n"
                        + deep
                        + "\n\n1. [x] \u001b[31mred\u001b[0m\n1. [ ] b\n\n"
                        + "# Q2 {"
                        + "a=".repeat(10_000)
                        + "}\n\n- [x] {"
                        + "{".repeat(5_000)
                        + "\n- [ ] \uFFFF\n";
        long start = System.nanoTime();
        QuizParser.Result r = QuizParser.parseFile("hostile.md", quiz);
        assertThat(r.quiz().questions()).hasSize(2);
        GiftReader.read(
                "hostile.gift",
                "::" + huge + "{" + "~".repeat(50_000) + "}\n\n" + "{".repeat(10_000),
                "h");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }
}
