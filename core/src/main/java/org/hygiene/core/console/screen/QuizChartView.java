package org.hygiene.core.console.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hygiene.core.markdown.Theme;
import org.hygiene.core.results.ItemKey;
import org.hygiene.core.results.RoomQuizTally;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.core.text.Wrap;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The room's quiz on the projector: who has answered and submitted, and for one question at a time
 * a bar per answer with how many chose it. The right answer is marked only once the trainer reveals
 * it ({@code reveal}), so the room does not see it while still answering.
 */
final class QuizChartView {
    private static final String BAR = "#";

    private QuizChartView() {}

    static List<AttributedString> render(
            String quizTitle,
            RoomQuizTally tally,
            List<ItemKey> questions,
            int question,
            boolean reveal,
            int width,
            int height,
            Theme theme) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(
                new AttributedString(
                        Cells.left(
                                        quizTitle
                                                + ": "
                                                + tally.count(RoomQuizTally.Stage.SUBMITTED)
                                                + " submitted, "
                                                + tally.count(RoomQuizTally.Stage.ANSWERING)
                                                + " answering, "
                                                + tally.count(RoomQuizTally.Stage.NOT_STARTED)
                                                + " not started",
                                        width)
                                .stripTrailing(),
                        theme.strong()));
        lines.add(new AttributedString(Cells.left(who(tally), width).stripTrailing()));
        lines.add(AttributedString.EMPTY);
        if (questions.isEmpty()) {
            lines.add(
                    new AttributedString("  This quiz has no questions to chart.", theme.faint()));
            return lines;
        }
        int q = Math.max(0, Math.min(question, questions.size() - 1));
        ItemKey key = questions.get(q);
        // The whole question, on up to three lines: the room reads it from the projector.
        List<AttributedString> stem =
                Wrap.words(
                        new AttributedString(
                                Sanitizer.clean(
                                        "Question "
                                                + (q + 1)
                                                + " of "
                                                + questions.size()
                                                + ": "
                                                + key.title()),
                                theme.heading()),
                        width);
        lines.addAll(stem.subList(0, Math.min(3, stem.size())));
        lines.add(
                new AttributedString(
                        "  answered by "
                                + tally.answeredBy(key.item())
                                + (reveal ? "" : "   (right answer hidden: r shows it)"),
                        theme.faint()));
        lines.add(AttributedString.EMPTY);
        Map<String, Integer> counts = tally.distribution(key.item());
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int barWidth = Math.max(5, Math.min(40, width / 3));
        int textWidth = Math.max(8, width - 2 - barWidth - 6 - 9);
        if (key.options().isEmpty()) {
            // A typed answer: chart the answers given, most chosen first.
            counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(Math.max(1, height - lines.size() - 1))
                    .forEach(
                            e ->
                                    lines.add(
                                            bar(
                                                    e.getKey(),
                                                    e.getValue(),
                                                    most,
                                                    barWidth,
                                                    textWidth,
                                                    reveal && accepts(key, e.getKey()),
                                                    theme)));
            if (counts.isEmpty()) {
                lines.add(new AttributedString("  No answers yet.", theme.faint()));
            }
            if (reveal && !key.accepted().isEmpty()) {
                lines.add(
                        new AttributedString(
                                Cells.left(
                                                "  The key accepts: "
                                                        + String.join(", ", key.accepted()),
                                                width)
                                        .stripTrailing(),
                                theme.strong()));
            }
            return lines;
        }
        for (ItemKey.OptionKey o : key.options()) {
            int n = counts.getOrDefault(o.letter(), 0);
            lines.add(bar(o.text(), n, most, barWidth, textWidth, reveal && o.correct(), theme));
        }
        return lines;
    }

    /**
     * One answer's bar. Options are shown by their text, not a letter: each learner's paper may
     * letter them in another order.
     */
    private static AttributedString bar(
            String text, int n, int most, int barWidth, int textWidth, boolean right, Theme theme) {
        int length = most == 0 ? 0 : (int) Math.round((double) n * barWidth / most);
        if (n > 0 && length == 0) {
            length = 1;
        }
        AttributedStringBuilder b = new AttributedStringBuilder();
        b.append(right ? "* " : "  ", theme.strong());
        b.append(BAR.repeat(length), right ? theme.strong() : AttributedStyle.DEFAULT.inverse());
        b.append(" ".repeat(barWidth - length));
        b.append(Cells.right(String.valueOf(n), 4)).append("  ");
        b.append(
                Cells.left(text, textWidth).stripTrailing(),
                right ? theme.strong() : AttributedStyle.DEFAULT);
        if (right) {
            b.append("  (right)", theme.strong());
        }
        return b.toAttributedString();
    }

    /** Whether a typed answer is one the key accepts as written (case and spaces aside). */
    private static boolean accepts(ItemKey key, String answer) {
        String a = answer.strip();
        return key.accepted().stream().anyMatch(k -> k.strip().equalsIgnoreCase(a));
    }

    private static String who(RoomQuizTally tally) {
        StringBuilder b = new StringBuilder();
        for (RoomQuizTally.LearnerState s : tally.learners()) {
            if (b.length() > 0) {
                b.append("  ");
            }
            b.append(s.learner()).append(' ');
            b.append(
                    switch (s.stage()) {
                        case NOT_STARTED -> "-";
                        case ANSWERING -> s.answered() + " answered";
                        case SUBMITTED -> "done " + Cells.percent(s.percent());
                    });
        }
        return b.toString();
    }
}
