package org.hygiene.core.console.screen;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hygiene.core.console.EventLine;
import org.hygiene.core.events.LearnerEvent;
import org.hygiene.core.markdown.Theme;
import org.jline.utils.AttributedString;

/** One learner's timeline: what they opened, queried and answered, and when; newest at the end. */
final class TimelineView {
    private TimelineView() {}

    /** The learner's events as lines, oldest first. */
    static List<String> lines(List<LearnerEvent> events, String learner, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        for (LearnerEvent e : events) {
            if (learner.equals(e.learner())) {
                lines.add(EventLine.of(e, zone));
            }
        }
        return lines;
    }

    /**
     * The window of {@code lines} ending {@code fromEnd} lines before the last (0 shows the
     * newest), cut to the width.
     */
    static List<AttributedString> render(
            List<String> lines, int fromEnd, int width, int height, Theme theme) {
        List<AttributedString> out = new ArrayList<>();
        if (lines.isEmpty()) {
            out.add(new AttributedString("  Nothing yet.", theme.faint()));
            return out;
        }
        int room = Math.max(1, height);
        int end = Math.max(Math.min(room, lines.size()), lines.size() - fromEnd);
        int start = Math.max(0, end - room);
        for (String l : lines.subList(start, end)) {
            out.add(new AttributedString(Cells.left("  " + l, width).stripTrailing()));
        }
        return out;
    }
}
