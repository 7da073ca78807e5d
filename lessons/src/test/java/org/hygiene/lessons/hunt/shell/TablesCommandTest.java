package org.hygiene.lessons.hunt.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TablesCommandTest {
    @Test
    void theColumnCountsOfTheTablesLineUpUnderEachOther() {
        String screen =
                ShellHarness.run(
                        ShellHarness.specTables(), 80, 24, b -> {}, ".tables\r", ".quit\r");
        List<String> rows =
                Arrays.stream(screen.split("\n"))
                        // The first row may carry what is left of the prompt.
                        .map(l -> l.replaceFirst("^[^A-Za-z]+", "").stripTrailing())
                        .filter(l -> l.endsWith(" columns"))
                        .toList();
        assertThat(rows).hasSizeGreaterThan(1);
        assertThat(rows.stream().map(l -> l.split(" +")[0].length()).distinct().count())
                .as("names of different lengths: %s", rows)
                .isGreaterThan(1);
        assertThat(rows.stream().map(String::length).distinct())
                .as("every count ends in the same column: %s", rows)
                .hasSize(1);
    }

    @Test
    void onANarrowScreenTheBannerAndTheHintWrapAtSpaces() {
        String screen =
                ShellHarness.run(
                        ShellHarness.specTables(),
                        50,
                        15,
                        b ->
                                b.banner(
                                        "Exercise: query the harbourline logs, then type: answer"
                                                + " VALUE"),
                        ".tables\r",
                        ".quit\r");
        assertThat(screen)
                .contains("Exercise: query the harbourline logs, then type:\nanswer VALUE")
                .contains("Type .schema TABLE for its columns, or TABLE |\ntake 10 to see rows.");
    }
}
