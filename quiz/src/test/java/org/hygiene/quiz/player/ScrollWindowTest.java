package org.hygiene.quiz.player;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScrollWindowTest {
    @Test
    void aBodyThatFitsIsShownWhole() {
        assertThat(ScrollWindow.of(8, 10, 7, 7)).isEqualTo(new ScrollWindow(0, 8, false));
    }

    @Test
    void theTopStaysInViewWhileTheFocusFitsUnderIt() {
        assertThat(ScrollWindow.of(20, 10, 8, 9)).isEqualTo(new ScrollWindow(0, 10, false));
    }

    @Test
    void focusBelowTheRoomScrollsJustEnoughAndSaysThereIsMoreAbove() {
        // Lines 15 and 16 in focus, 9 lines under the "more above" line: 8 to 16.
        assertThat(ScrollWindow.of(20, 10, 15, 16)).isEqualTo(new ScrollWindow(8, 9, true));
    }

    @Test
    void focusTallerThanTheRoomShowsItsFirstLine() {
        assertThat(ScrollWindow.of(40, 10, 20, 35)).isEqualTo(new ScrollWindow(20, 9, true));
    }
}
