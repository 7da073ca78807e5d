package org.hygiene.quiz.player;

/**
 * Which lines of a body taller than its room to show: the lines in focus (the option under the
 * cursor, or the hint just opened) always, as little scrolled as that allows. When the top is
 * scrolled away, a line says so: what is hidden there is the question's own text, which the learner
 * must know how to reach (the cursor finds what is below).
 *
 * @param top the first body line shown
 * @param shown how many body lines are shown from {@code top}
 * @param moreAbove whether a "more above" line comes first
 */
record ScrollWindow(int top, int shown, boolean moreAbove) {

    static ScrollWindow of(int size, int room, int focusFirst, int focusLast) {
        if (size <= room || room < 2) {
            return new ScrollWindow(0, Math.min(size, Math.max(0, room)), false);
        }
        int top = Math.max(0, focusLast - room + 1);
        if (top == 0) {
            return new ScrollWindow(0, room, false);
        }
        int inner = room - 1;
        top = Math.max(0, focusLast - inner + 1);
        top = Math.min(top, Math.max(0, focusFirst));
        top = Math.max(1, Math.min(top, size - inner));
        return new ScrollWindow(top, inner, true);
    }
}
