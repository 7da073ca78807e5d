package org.hygiene.core.console.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.results.ItemKey;
import org.hygiene.core.results.RoomQuizTally;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** The room quiz's chart keeps the right answer hidden until the trainer shows it. */
class QuizChartViewTest {
    static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

    static final ItemKey CHOICE =
            new ItemKey(
                    "q",
                    "q1",
                    "Which back-end path did the request reach?",
                    List.of(
                            new ItemKey.OptionKey("a", "/ecp/proxyLogon.ecp", true),
                            new ItemKey.OptionKey("b", "None: 241 means refused", false)));
    static final ItemKey TYPED = new ItemKey("q", "q2", "Which status?", List.of(), List.of("241"));

    RoomQuizTally tally() {
        return RoomQuizTally.of(
                List.of(
                        answer("ada", "q1", "a"),
                        answer("bob", "q1", "b"),
                        answer("cy", "q1", "a"),
                        answer("ada", "q2", "241"),
                        answer("bob", "q2", "200")),
                "q",
                START,
                List.of("ada", "bob", "cy"));
    }

    static LearnerEvent answer(String who, String item, String choice) {
        return LearnerEvent.quizAnswer("q", item, List.of(choice), false)
                .at(START.plusSeconds(5))
                .by(who);
    }

    String render(int question, boolean reveal) {
        return QuizChartView.render(
                        "Check",
                        tally(),
                        List.of(CHOICE, TYPED),
                        question,
                        reveal,
                        80,
                        20,
                        Theme.MONO)
                .stream()
                .map(AttributedString::toString)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void optionsAreChartedByTheirTextWithCountsAndTheRightOneOnlyWhenShown() {
        String hidden = render(0, false);
        assertThat(hidden)
                .contains("Question 1 of 2: Which back-end path did the request reach?")
                .contains("right answer hidden")
                .doesNotContain("(right)");
        assertThat(line(hidden, "/ecp/proxyLogon.ecp")).contains(" 2  ").doesNotContain("a)");
        assertThat(line(hidden, "None: 241")).contains(" 1  ");

        String shown = render(0, true);
        assertThat(line(shown, "/ecp/proxyLogon.ecp")).startsWith("* ").endsWith("(right)");
        assertThat(line(shown, "None: 241")).doesNotContain("(right)");
    }

    @Test
    void typedAnswersAreChartedAsGivenAndTheKeyIsShownOnlyWhenAsked() {
        assertThat(render(1, false)).contains("241").doesNotContain("(right)");
        String shown = render(1, true);
        assertThat(line(shown, "241  (right)")).isNotEmpty();
        assertThat(line(shown, "200")).doesNotContain("(right)");
        assertThat(shown).contains("The key accepts: 241");
    }

    private static String line(String screen, String text) {
        return screen.lines().filter(l -> l.contains(text)).findFirst().orElse("");
    }
}
