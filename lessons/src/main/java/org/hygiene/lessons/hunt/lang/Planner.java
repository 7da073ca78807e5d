package org.hygiene.lessons.hunt.lang;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.hygiene.core.text.Suggest;
import org.hygiene.lessons.logs.Column;
import org.hygiene.lessons.logs.LogTable;
import org.hygiene.lessons.logs.RawFilter;

/** Resolve a parsed query against the tables and build its {@link Plan}. */
public final class Planner {
    private final Map<String, LogTable> tables;
    private final Scope scope;
    private int depth;
    private int planned;

    private Planner(Map<String, LogTable> tables, Supplier<Instant> now) {
        this.tables = tables;
        this.scope = new Scope(now);
    }

    /** Parse and plan {@code text} over {@code tables}; {@code now} is what ago() counts from. */
    public static Plan compile(String text, List<LogTable> tables, Supplier<Instant> now)
            throws QueryException {
        Map<String, LogTable> byName = new TreeMap<>();
        for (LogTable t : tables) {
            byName.putIfAbsent(t.name(), t);
        }
        Query q = Parser.parse(text, byName.keySet());
        Planner p = new Planner(byName, now);
        for (Statement s : q.lets()) {
            if (s instanceof Statement.LetScalar l) {
                ExprCompiler c = new ExprCompiler(List.of(), p.scope);
                p.scope.scalars.put(l.name(), c.compile(l.value()).eval().eval(new Object[0]));
                p.scope.tabular.remove(l.name());
            } else if (s instanceof Statement.LetTabular l) {
                p.pipeline(l.value());
                p.scope.tabular.put(l.name(), l.value());
                p.scope.scalars.remove(l.name());
            }
        }
        return p.pipeline(q.body());
    }

    /** The names of the scalar functions (for completion). */
    public static List<String> functionNames() {
        List<String> all = new ArrayList<>(Functions.NAMES);
        all.addAll(Aggregates.NAMES);
        all.sort(null);
        return all;
    }

    Plan pipeline(Pipeline p) throws QueryException {
        if (++depth > 32) {
            throw new QueryException("the query refers to itself too deeply", p.start(), p.end());
        }
        if (++planned > QueryBounds.MAX_PLANNED_PIPELINES) {
            throw new QueryException(
                    "this query expands to more than "
                            + QueryBounds.MAX_PLANNED_PIPELINES
                            + " table reads (each use of a let repeats what it reads); use fewer"
                            + " unions of lets",
                    p.start(),
                    p.end());
        }
        Plan plan;
        int first = 0;
        if (p.source() instanceof TabularOp.TableRef ref
                && tables.containsKey(ref.name())
                && !scope.tabular.containsKey(ref.name())) {
            LogTable table = tables.get(ref.name());
            List<ResultColumn> cols = columnsOf(table);
            RawFilter filter = null;
            if (!p.ops().isEmpty() && p.ops().get(0) instanceof TabularOp.Where w) {
                filter = PreFilter.derive(w.predicate(), cols, scope);
            }
            RawFilter raw = filter == null ? RawFilter.ALL : filter;
            plan = new Plan(cols, run -> Streams.scan(table, raw, run));
        } else {
            plan = source(p.source());
        }
        for (int k = first; k < p.ops().size(); k++) {
            plan = Operators.apply(this, plan, p.ops().get(k));
        }
        depth--;
        return plan;
    }

    Scope scope() {
        return scope;
    }

    static List<ResultColumn> columnsOf(LogTable table) {
        List<ResultColumn> cols = new ArrayList<>();
        for (Column c : table.schema().columns()) {
            cols.add(new ResultColumn(c.name(), ValueType.of(c.type())));
        }
        return List.copyOf(cols);
    }

    private Plan source(TabularOp source) throws QueryException {
        if (source instanceof TabularOp.TableRef ref) {
            Pipeline let = scope.tabular.get(ref.name());
            if (let != null) {
                return pipeline(let);
            }
            List<String> known = new ArrayList<>(tables.keySet());
            known.addAll(scope.tabular.keySet());
            String hint = tables.isEmpty() ? " (no log tables are loaded)" : "";
            throw new QueryException(
                    "unknown table '" + ref.name() + "'" + hint,
                    ref.start(),
                    ref.end(),
                    Suggest.nearest(ref.name(), known).orElse(null));
        }
        if (source instanceof TabularOp.Union u) {
            List<Plan> parts = new ArrayList<>();
            for (Pipeline p : u.tables()) {
                parts.add(pipeline(p));
            }
            return union(parts, u.withSource(), u.tables());
        }
        if (source instanceof TabularOp.Search s) {
            return search(s);
        }
        throw new IllegalStateException(source.toString());
    }

    private Plan search(TabularOp.Search s) throws QueryException {
        List<LogTable> chosen = new ArrayList<>();
        if (s.tables().isEmpty()) {
            chosen.addAll(tables.values());
        }
        for (TabularOp.TableRef ref : s.tables()) {
            LogTable t = tables.get(ref.name());
            if (t == null) {
                throw new QueryException(
                        "unknown table '" + ref.name() + "'",
                        ref.start(),
                        ref.end(),
                        Suggest.nearest(ref.name(), tables.keySet()).orElse(null));
            }
            chosen.add(t);
        }
        List<Plan> parts = new ArrayList<>();
        List<Pipeline> names = new ArrayList<>();
        for (LogTable t : chosen) {
            List<ResultColumn> cols = columnsOf(t);
            Eval predicate =
                    new ExprCompiler(cols, scope, null, true).compileBool(s.predicate()).eval();
            parts.add(
                    new Plan(
                            cols,
                            run -> Streams.filter(Streams.scan(t, RawFilter.ALL, run), predicate)));
            names.add(new Pipeline(new TabularOp.TableRef(t.name(), 0, 0), List.of(), 0, 0));
        }
        return union(parts, "$table", names);
    }

    /** Concatenate plans, aligning columns by name (an outer union). */
    Plan union(List<Plan> parts, String withSource, List<Pipeline> sources) {
        Map<String, ValueType> merged = new LinkedHashMap<>();
        if (withSource != null) {
            merged.put(withSource, ValueType.STRING);
        }
        for (Plan p : parts) {
            for (ResultColumn c : p.columns()) {
                merged.merge(c.name(), c.type(), (a, b) -> a == b ? a : ValueType.DYNAMIC);
            }
        }
        List<String> names = new ArrayList<>(merged.keySet());
        List<ResultColumn> columns = new ArrayList<>();
        merged.forEach((n, t) -> columns.add(new ResultColumn(n, t)));
        List<UnaryOperator<Object[]>> adapt = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            Plan p = parts.get(k);
            int[] target = new int[p.columns().size()];
            for (int c = 0; c < target.length; c++) {
                target[c] = names.indexOf(p.columns().get(c).name());
            }
            String label =
                    sources.get(k).source() instanceof TabularOp.TableRef ref
                                    && sources.get(k).ops().isEmpty()
                            ? ref.name()
                            : "union_arg" + k;
            int width = names.size();
            adapt.add(
                    row -> {
                        Object[] out = new Object[width];
                        for (int c = 0; c < target.length; c++) {
                            out[target[c]] = row[c];
                        }
                        if (withSource != null) {
                            out[0] = label;
                        }
                        return out;
                    });
        }
        return new Plan(List.copyOf(columns), run -> Streams.concat(parts, adapt, run));
    }
}
