package org.hygiene.lessons.hunt;

import java.io.IOException;
import java.util.List;
import org.hygiene.lessons.hunt.lang.MemoryBudget;
import org.hygiene.lessons.hunt.lang.QueryRun;
import org.hygiene.lessons.hunt.lang.ResultColumn;
import org.hygiene.lessons.hunt.lang.RowStream;

/** A stream of result rows; values are as in {@link QueryResult}. */
public final class ResultCursor implements AutoCloseable {
    private final List<ResultColumn> columns;
    private final RowStream rows;
    private final QueryRun run;

    ResultCursor(List<ResultColumn> columns, RowStream rows, QueryRun run) {
        this.columns = columns;
        this.rows = rows;
        this.run = run;
    }

    public List<ResultColumn> columns() {
        return columns;
    }

    /** The next row, or null at the end. */
    public Object[] next() throws IOException {
        return rows.next();
    }

    /** Records skipped so far because the readers could not parse them. */
    public long rejected() {
        return run.rejected();
    }

    /** The first records skipped, with where and why. */
    public java.util.List<org.hygiene.lessons.logs.SkippedLine> skipped() {
        return run.skipped();
    }

    /** The memory budget of this execution. */
    public MemoryBudget memory() {
        return run.memory();
    }

    /** Rows read from the tables so far. */
    public long scanned() {
        return run.scanned();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
