package org.hygiene.lessons.hunt.shell;

/** Display settings the learner can toggle in the shell. */
public final class ShellSettings {
    /** Show full values instead of cutting them to fit the terminal. */
    public boolean wide;

    /** Page long results. */
    public boolean paging = true;

    /** The most rows kept for display; the rest are counted. */
    public int maxRows = 10_000;
}
