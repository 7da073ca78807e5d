package org.hygiene.quiz.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hygiene.core.markdown.Theme;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** The typed-answer field: wrapped to the screen so no old line is left behind, edited anywhere. */
class AnswerFieldTest {
    @Test
    void aLongAnswerIsDrawnInLinesNoWiderThanTheScreen() {
        AnswerField field = new AnswerField("y".repeat(300));

        List<AttributedString> lines = field.draw(Theme.MONO, 80, new int[1]);

        assertThat(lines).hasSizeGreaterThan(3);
        for (AttributedString line : lines) {
            assertThat(line.columnLength()).isLessThan(80);
        }
    }

    @Test
    void clearingLeavesOneShortLine() {
        AnswerField field = new AnswerField("y".repeat(300));

        field.clear();

        assertThat(field.draw(Theme.MONO, 80, new int[1])).hasSize(1);
    }

    @Test
    void aPastePastTheLimitIsCutAndSaysSo() {
        AnswerField field = new AnswerField("");

        String message = field.insert("z".repeat(AnswerField.MAX_LENGTH + 5));

        assertThat(field.length()).isEqualTo(AnswerField.MAX_LENGTH);
        assertThat(message).contains("at most 10,000 characters");
        assertThat(field.insert("more")).contains("not kept");
    }

    @Test
    void aVeryLongAnswerShowsTheLinesAroundTheCursorAndSaysWhatIsHidden() {
        AnswerField field = new AnswerField("q".repeat(5_000));
        field.home();

        List<AttributedString> lines = field.draw(Theme.MONO, 80, new int[1]);

        assertThat(lines).hasSize(AnswerField.MAX_LINES + 1);
        assertThat(lines.get(lines.size() - 1).toString()).contains("characters below");
    }
}
