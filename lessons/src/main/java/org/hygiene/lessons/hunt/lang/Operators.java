package org.hygiene.lessons.hunt.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hygiene.core.text.Suggest;
import org.hygiene.core.text.Wildcard;

/** Plan each tabular operator over the plan of what comes before it. */
final class Operators {
    private Operators() {}

    static Plan apply(Planner planner, Plan in, TabularOp op) throws QueryException {
        Scope scope = planner.scope();
        ExprCompiler c = new ExprCompiler(in.columns(), scope);
        if (op instanceof TabularOp.Where w) {
            Eval p = c.compileBool(w.predicate()).eval();
            return new Plan(in.columns(), run -> Streams.filter(in.open(run), p));
        }
        if (op instanceof TabularOp.Search s) {
            Eval p =
                    new ExprCompiler(in.columns(), scope, null, true)
                            .compileBool(s.predicate())
                            .eval();
            return new Plan(in.columns(), run -> Streams.filter(in.open(run), p));
        }
        if (op instanceof TabularOp.Project p) {
            return project(in, c, p.items(), false);
        }
        if (op instanceof TabularOp.Extend e) {
            return project(in, c, e.items(), true);
        }
        if (op instanceof TabularOp.ProjectAway a) {
            Set<Integer> drop = match(in.columns(), a.patterns());
            List<Integer> keep = new ArrayList<>();
            for (int k = 0; k < in.columns().size(); k++) {
                if (!drop.contains(k)) {
                    keep.add(k);
                }
            }
            return select(in, keep);
        }
        if (op instanceof TabularOp.ProjectKeep k) {
            Set<Integer> keepSet = match(in.columns(), k.patterns());
            List<Integer> keep = new ArrayList<>();
            for (int i = 0; i < in.columns().size(); i++) {
                if (keepSet.contains(i)) {
                    keep.add(i);
                }
            }
            return select(in, keep);
        }
        if (op instanceof TabularOp.ProjectRename r) {
            List<ResultColumn> cols = new ArrayList<>(in.columns());
            for (TabularOp.Item item : r.renames()) {
                Expr.Name old = (Expr.Name) item.expr();
                int at = c.indexOf(old.name());
                if (at < 0) {
                    c.compile(old);
                }
                cols.set(at, new ResultColumn(item.name(), cols.get(at).type()));
            }
            return new Plan(List.copyOf(cols), in.opener());
        }
        if (op instanceof TabularOp.Summarize s) {
            return summarize(in, c, s);
        }
        if (op instanceof TabularOp.Sort s) {
            Comparator<Object[]> order = order(c, s.keys());
            return new Plan(in.columns(), run -> Streams.sort(in.open(run), order, run));
        }
        if (op instanceof TabularOp.Take t) {
            long n = c.constantLong(t.count());
            return new Plan(in.columns(), run -> Streams.take(in.open(run), n));
        }
        if (op instanceof TabularOp.Top t) {
            long n = c.constantLong(t.count());
            Comparator<Object[]> order = order(c, List.of(t.key()));
            return new Plan(in.columns(), run -> Streams.top(in.open(run), n, order, run));
        }
        if (op instanceof TabularOp.Distinct d) {
            return distinct(in, c, d);
        }
        if (op instanceof TabularOp.Count) {
            return new Plan(
                    List.of(new ResultColumn("Count", ValueType.LONG)),
                    run -> Streams.count(in.open(run), run));
        }
        if (op instanceof TabularOp.Union u) {
            List<Plan> parts = new ArrayList<>();
            parts.add(in);
            List<Pipeline> sources = new ArrayList<>();
            sources.add(new Pipeline(new TabularOp.Count(0), List.of(), 0, 0));
            for (Pipeline p : u.tables()) {
                parts.add(planner.pipeline(p));
                sources.add(p);
            }
            return planner.union(parts, u.withSource(), sources);
        }
        throw new QueryException(
                op.getClass().getSimpleName() + " cannot follow here", op.start(), op.start() + 1);
    }

    private static Plan project(Plan in, ExprCompiler c, List<TabularOp.Item> items, boolean extend)
            throws QueryException {
        List<ResultColumn> cols = new ArrayList<>(extend ? in.columns() : List.of());
        List<Eval> evals = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        int unnamed = 0;
        for (TabularOp.Item item : items) {
            Compiled e = c.compile(item.expr());
            String name = item.name();
            if (name == null) {
                name = item.expr() instanceof Expr.Name n ? n.name() : "Column" + (++unnamed);
            }
            int at = -1;
            for (int k = 0; k < cols.size(); k++) {
                if (cols.get(k).name().equals(name)) {
                    at = k;
                }
            }
            if (at >= 0 && !extend) {
                throw new QueryException(
                        "column '" + name + "' is projected twice", item.start(), item.start() + 1);
            }
            ResultColumn col = new ResultColumn(name, e.type());
            if (at >= 0) {
                cols.set(at, col);
            } else {
                cols.add(col);
                at = cols.size() - 1;
            }
            evals.add(e.eval());
            targets.add(at);
        }
        int width = cols.size();
        int inWidth = in.columns().size();
        Eval[] ev = evals.toArray(Eval[]::new);
        int[] to = targets.stream().mapToInt(Integer::intValue).toArray();
        return new Plan(
                List.copyOf(cols),
                run ->
                        Streams.map(
                                in.open(run),
                                row -> {
                                    Object[] out = new Object[width];
                                    if (extend) {
                                        System.arraycopy(
                                                row, 0, out, 0, Math.min(inWidth, row.length));
                                    }
                                    for (int k = 0; k < ev.length; k++) {
                                        out[to[k]] = ev[k].eval(row);
                                    }
                                    return out;
                                }));
    }

    private static Set<Integer> match(List<ResultColumn> cols, List<Expr.Name> patterns)
            throws QueryException {
        Set<Integer> found = new HashSet<>();
        for (Expr.Name p : patterns) {
            boolean any = false;
            for (int k = 0; k < cols.size(); k++) {
                if (Wildcard.stars(p.name()).matches(cols.get(k).name())) {
                    found.add(k);
                    any = true;
                }
            }
            if (!any && !p.name().contains("*")) {
                List<String> names = cols.stream().map(ResultColumn::name).toList();
                throw new QueryException(
                        "unknown column '" + p.name() + "'",
                        p.start(),
                        p.end(),
                        Suggest.nearest(p.name(), names).orElse(null));
            }
        }
        return found;
    }

    private static Plan select(Plan in, List<Integer> keep) {
        List<ResultColumn> cols = new ArrayList<>();
        for (int k : keep) {
            cols.add(in.columns().get(k));
        }
        int[] idx = keep.stream().mapToInt(Integer::intValue).toArray();
        return new Plan(
                List.copyOf(cols),
                run ->
                        Streams.map(
                                in.open(run),
                                row -> {
                                    Object[] out = new Object[idx.length];
                                    for (int k = 0; k < idx.length; k++) {
                                        out[k] = row[idx[k]];
                                    }
                                    return out;
                                }));
    }

    private static Plan summarize(Plan in, ExprCompiler c, TabularOp.Summarize s)
            throws QueryException {
        List<ResultColumn> cols = new ArrayList<>();
        List<Eval> keys = new ArrayList<>();
        int unnamed = 0;
        for (TabularOp.Item item : s.by()) {
            Compiled k = c.compile(item.expr());
            String name = item.name() != null ? item.name() : keyName(item.expr());
            if (name == null) {
                name = "Column" + (++unnamed);
            }
            cols.add(new ResultColumn(name, k.type()));
            keys.add(k.eval());
        }
        List<Aggregates.Spec> specs = new ArrayList<>();
        ExprCompiler agg = new ExprCompiler(in.columns(), c.scope, specs, false);
        List<Eval> outputs = new ArrayList<>();
        for (TabularOp.Item item : s.aggregates()) {
            int before = specs.size();
            Compiled out = agg.compile(item.expr());
            if (specs.size() == before && !out.constant()) {
                throw new QueryException(
                        "summarize needs an aggregation here, such as count() or max(...)",
                        item.expr().start(),
                        item.expr().end());
            }
            String name = item.name();
            if (name == null) {
                name =
                        item.expr() instanceof Expr.Call call
                                        && Aggregates.isAggregate(call.function())
                                ? Aggregates.defaultName(call)
                                : "Column" + (++unnamed);
            }
            name = unique(name, cols);
            cols.add(new ResultColumn(name, out.type()));
            outputs.add(out.eval());
        }
        Eval[] k = keys.toArray(Eval[]::new);
        Eval[] o = outputs.toArray(Eval[]::new);
        return new Plan(
                List.copyOf(cols), run -> new SummarizeStream(in.open(run), k, specs, o, run));
    }

    private static String unique(String name, List<ResultColumn> cols) {
        String candidate = name;
        for (int n = 1; ; n++) {
            String c = candidate;
            if (cols.stream().noneMatch(col -> col.name().equals(c))) {
                return candidate;
            }
            candidate = name + n;
        }
    }

    /** KQL names a group key after its column, also through bin() and floor(). */
    private static String keyName(Expr e) {
        if (e instanceof Expr.Name n) {
            return n.name();
        }
        if (e instanceof Expr.Call call
                && (call.function().equals("bin") || call.function().equals("floor"))
                && !call.args().isEmpty()
                && call.args().get(0) instanceof Expr.Name n) {
            return n.name();
        }
        return null;
    }

    private static Plan distinct(Plan in, ExprCompiler c, TabularOp.Distinct d)
            throws QueryException {
        List<Integer> keep = new ArrayList<>();
        for (TabularOp.Item item : d.items()) {
            if ("*".equals(item.name()) && item.expr() == null) {
                for (int k = 0; k < in.columns().size(); k++) {
                    keep.add(k);
                }
                continue;
            }
            if (!(item.expr() instanceof Expr.Name n) || item.name() != null) {
                throw new QueryException(
                        "distinct takes column names; compute values with extend first",
                        item.start(),
                        item.start() + 1);
            }
            c.compile(n);
            keep.add(c.indexOf(n.name()));
        }
        List<ResultColumn> cols = new ArrayList<>();
        for (int k : keep) {
            cols.add(in.columns().get(k));
        }
        int[] idx = keep.stream().mapToInt(Integer::intValue).toArray();
        return new Plan(List.copyOf(cols), run -> Streams.distinct(in.open(run), idx, run));
    }

    /** KQL sorts descending by default, nulls last when descending and first when ascending. */
    private static Comparator<Object[]> order(ExprCompiler c, List<TabularOp.SortKey> keys)
            throws QueryException {
        Comparator<Object[]> order = null;
        for (TabularOp.SortKey key : keys) {
            Eval e = c.compile(key.expr()).eval();
            boolean asc = key.ascending();
            boolean nullsFirst = key.nullsFirst() != null ? key.nullsFirst() : asc;
            Comparator<Object[]> one =
                    (a, b) -> {
                        Object x = e.eval(a);
                        Object y = e.eval(b);
                        if (x == null || y == null) {
                            if (x == y) {
                                return 0;
                            }
                            return (x == null) == nullsFirst ? -1 : 1;
                        }
                        int r = KqlValues.compare(x, y);
                        return asc ? r : -r;
                    };
            order = order == null ? one : order.thenComparing(one);
        }
        return order;
    }
}
