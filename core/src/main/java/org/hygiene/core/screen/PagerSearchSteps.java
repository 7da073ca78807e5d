package org.hygiene.core.screen;

import java.util.List;
import org.jline.utils.AttributedString;

/**
 * The pager's search as the reader steps through it with {@code n} and {@code N}: which line holds
 * the current match, and whether stepping past the last match has been announced. A step past the
 * last (or first) match stops and says so; the same key again goes round, as in a search that hits
 * the bottom, so nobody is carried back to the top without noticing.
 */
final class PagerSearchSteps {
    /** Where a step leaves the reader, and what the status line says about it. */
    record Step(int top, String message) {}

    private PagerSearch search;
    private int matchLine = -1;
    private boolean roundAnnounced;

    /** The active search, or null. */
    PagerSearch search() {
        return search;
    }

    /** Start a new search just typed; its first step starts from the page on screen. */
    void start(PagerSearch typed) {
        search = typed;
        matchLine = -1;
        roundAnnounced = false;
    }

    /** End the search; the message for the status line. */
    String clear() {
        String message = search == null ? "No search to clear" : "Search cleared";
        search = null;
        matchLine = -1;
        roundAnnounced = false;
        return message;
    }

    /** The reader moved by other means: the next step starts from the page on screen. */
    void moved() {
        matchLine = -1;
        roundAnnounced = false;
    }

    /**
     * Step to the next match ({@code reverse}: the other way, as {@code N} does) from {@code from},
     * the line the search starts after.
     */
    Step step(List<AttributedString> lines, int top, int from, boolean reverse, boolean typed) {
        if (matchLine >= 0 && !typed) {
            from = matchLine; // the page may be clamped at the end; step from the match itself
        }
        int found = search.next(lines, from, reverse);
        if (found < 0) {
            return new Step(top, "Not found: " + search.pattern());
        }
        boolean down = search.backward() == reverse;
        boolean wrapped = down ? found <= from : found >= from;
        if (wrapped && !typed && !roundAnnounced) {
            roundAnnounced = true;
            return new Step(
                    top,
                    (down ? "Last match" : "First match")
                            + ": "
                            + (reverse ? "N" : "n")
                            + " again wraps to the "
                            + (down ? "first" : "last")
                            + "; c clears search");
        }
        roundAnnounced = false;
        matchLine = found;
        return new Step(
                found,
                "Match "
                        + search.ordinal(lines, found)
                        + " of "
                        + search.count(lines)
                        + (wrapped ? (down ? ", from the top" : ", from the end") : ""));
    }
}
