package org.hygiene.lessons.hunt;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hygiene.lessons.hunt.lang.Cancellation;
import org.hygiene.lessons.hunt.lang.MemoryBudget;
import org.hygiene.lessons.hunt.lang.Plan;
import org.hygiene.lessons.hunt.lang.Planner;
import org.hygiene.lessons.hunt.lang.QueryException;
import org.hygiene.lessons.hunt.lang.QueryLimitException;
import org.hygiene.lessons.logs.LogTable;
import org.hygiene.lessons.logs.RawFilter;
import org.hygiene.lessons.logs.Row;
import org.hygiene.lessons.logs.RowCursor;
import org.hygiene.lessons.regex.RegexTooCostlyException;

/**
 * Run hunt-language queries over a set of log tables. This is the programmatic front door: the
 * shell, the exercises and their validator all go through it.
 *
 * <pre>{@code
 * HuntEngine engine = HuntEngine.over(tables);
 * QueryResult r = engine.run("HttpProxy | where AnchorMailbox startswith 'ServerInfo~' | count");
 * }</pre>
 */
public final class HuntEngine {
    private final List<LogTable> tables;
    private final Supplier<Instant> now;
    private final long memoryMegabytes;

    private HuntEngine(List<LogTable> tables, Instant fixedNow) {
        this.tables = List.copyOf(tables);
        this.now = fixedNow != null ? () -> fixedNow : memoize(this::latestTimeGenerated);
        this.memoryMegabytes = MemoryBudget.DEFAULT_MB;
    }

    private HuntEngine(HuntEngine base, long memoryMegabytes) {
        this.tables = base.tables;
        this.now = base.now;
        this.memoryMegabytes = memoryMegabytes;
    }

    /**
     * This engine with each query allowed {@code megabytes} of memory (see {@link MemoryBudget}).
     */
    public HuntEngine withMemoryLimit(long megabytes) {
        return new HuntEngine(this, megabytes);
    }

    /**
     * An engine whose "now" (for {@code ago()}) is the latest {@code TimeGenerated} in the data.
     */
    public static HuntEngine over(List<LogTable> tables) {
        return new HuntEngine(tables, null);
    }

    /** An engine whose "now" is the given instant. */
    public static HuntEngine over(List<LogTable> tables, Instant now) {
        return new HuntEngine(tables, now);
    }

    public List<LogTable> tables() {
        return tables;
    }

    public Optional<LogTable> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Parse and check a query without running it. */
    public PreparedQuery prepare(String query) throws QueryException {
        try {
            Plan plan = Planner.compile(query, tables, now);
            return new PreparedQuery(query, plan, memoryMegabytes);
        } catch (QueryLimitException | RegexTooCostlyException e) {
            // Constants are folded while planning, so a bound can be reached before any row.
            throw new QueryException(e.getMessage(), 0, query.length());
        } catch (StackOverflowError e) {
            // The parser and planner bound nesting; this is the last line of defence.
            throw new QueryException(
                    "the query nests too deeply for this program; split it with let statements",
                    0,
                    query.length());
        }
    }

    /** Run a query to completion and return all its rows. */
    public QueryResult run(String query) throws QueryException, IOException {
        return prepare(query).collect(new Cancellation(), Long.MAX_VALUE);
    }

    /** The instant {@code ago()} counts back from. */
    public Instant now() {
        return now.get();
    }

    /** The names of the functions the language knows (for completion and help). */
    public static List<String> functionNames() {
        return Planner.functionNames();
    }

    private Instant latestTimeGenerated() {
        Instant latest = null;
        for (LogTable t : tables) {
            int at = t.schema().indexOf("TimeGenerated");
            if (at < 0) {
                continue;
            }
            try (RowCursor cursor = t.open(RawFilter.ALL)) {
                for (Row row = cursor.next(); row != null; row = cursor.next()) {
                    if (row.get(at) instanceof Instant i && (latest == null || i.isAfter(latest))) {
                        latest = i;
                    }
                }
            } catch (IOException e) {
                // An unreadable table cannot move "now"; the query reports the error when it reads
                // it.
            }
        }
        return latest != null ? latest : Instant.EPOCH;
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        List<T> cache = new ArrayList<>(1);
        return () -> {
            synchronized (cache) {
                if (cache.isEmpty()) {
                    cache.add(s.get());
                }
                return cache.get(0);
            }
        };
    }
}
