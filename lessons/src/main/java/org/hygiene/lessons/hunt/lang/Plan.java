package org.hygiene.lessons.hunt.lang;

import java.io.IOException;
import java.util.List;

/** A compiled tabular expression: its output columns, and how to start streaming its rows. */
public record Plan(List<ResultColumn> columns, Opener opener) {
    /** Start a stream of the plan's rows. */
    @FunctionalInterface
    public interface Opener {
        RowStream open(QueryRun run) throws IOException;
    }

    public RowStream open(QueryRun run) throws IOException {
        return opener.open(run);
    }
}
