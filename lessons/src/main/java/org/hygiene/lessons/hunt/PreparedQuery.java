package org.hygiene.lessons.hunt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hygiene.lessons.hunt.lang.Cancellation;
import org.hygiene.lessons.hunt.lang.MemoryBudget;
import org.hygiene.lessons.hunt.lang.Plan;
import org.hygiene.lessons.hunt.lang.QueryRun;
import org.hygiene.lessons.hunt.lang.ResultColumn;

/** A query that parsed and type-checked: its result columns are known before it runs. */
public final class PreparedQuery {
    private final String text;
    private final Plan plan;
    private final long memoryMegabytes;

    PreparedQuery(String text, Plan plan, long memoryMegabytes) {
        this.text = text;
        this.plan = plan;
        this.memoryMegabytes = memoryMegabytes;
    }

    public String text() {
        return text;
    }

    public List<ResultColumn> columns() {
        return plan.columns();
    }

    /** Start streaming the rows; close the cursor when done. */
    public ResultCursor open(Cancellation cancellation) throws IOException {
        QueryRun run = new QueryRun(cancellation, new MemoryBudget(memoryMegabytes));
        return new ResultCursor(plan.columns(), plan.open(run), run);
    }

    /** Run to the end, keeping at most {@code maxRows} rows (the rest are counted, not kept). */
    public QueryResult collect(Cancellation cancellation, long maxRows) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        long total = 0;
        try (ResultCursor cursor = open(cancellation)) {
            for (Object[] row = cursor.next(); row != null; row = cursor.next()) {
                total++;
                if (rows.size() < maxRows) {
                    cursor.memory().charge(MemoryBudget.sizeOf(row) + 48);
                    rows.add(
                            java.util.Collections.unmodifiableList(
                                    new ArrayList<>(Arrays.asList(row))));
                }
            }
            return new QueryResult(columns(), rows, total, cursor.rejected(), cursor.skipped());
        }
    }
}
