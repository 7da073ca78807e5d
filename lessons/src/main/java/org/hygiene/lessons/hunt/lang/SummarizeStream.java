package org.hygiene.lessons.hunt.lang;

import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Group rows by key and aggregate each group; groups come out in the order they were first seen.
 * With no {@code by} keys there is exactly one group, even over no rows (count() is 0).
 */
final class SummarizeStream implements RowStream {
    private final RowStream in;
    private final Eval[] keys;
    private final List<Aggregates.Spec> aggregates;
    private final Eval[] outputs;
    private final QueryRun run;
    private Iterator<Map.Entry<List<Object>, Aggregator[]>> groups;
    private int keeping = -1;

    SummarizeStream(
            RowStream in,
            Eval[] keys,
            List<Aggregates.Spec> aggregates,
            Eval[] outputs,
            QueryRun run) {
        this.in = in;
        this.keys = keys;
        this.aggregates = aggregates;
        this.outputs = outputs;
        this.run = run;
    }

    @Override
    public Object[] next() throws IOException {
        if (groups == null) {
            groups = consume().entrySet().iterator();
        }
        if (!groups.hasNext()) {
            return null;
        }
        Map.Entry<List<Object>, Aggregator[]> g = groups.next();
        Object[] results = new Object[aggregates.size()];
        for (int k = 0; k < results.length; k++) {
            results[k] = g.getValue()[k].result();
        }
        Object[] out = new Object[keys.length + outputs.length];
        for (int k = 0; k < keys.length; k++) {
            out[k] = g.getKey().get(k);
        }
        for (int k = 0; k < outputs.length; k++) {
            out[keys.length + k] = outputs[k].eval(results);
        }
        return out;
    }

    private Map<List<Object>, Aggregator[]> consume() throws IOException {
        Map<List<Object>, Aggregator[]> map = new LinkedHashMap<>();
        if (keys.length == 0) {
            map.put(List.of(), newGroup());
        }
        for (Object[] row = in.next(); row != null; row = in.next()) {
            Object[] key = new Object[keys.length];
            for (int k = 0; k < keys.length; k++) {
                key[k] = keys[k].eval(row);
            }
            Aggregator[] group = map.get(Arrays.asList(key));
            if (group == null) {
                group = newGroup();
                map.put(Arrays.asList(key), group);
                run.memory.charge(MemoryBudget.sizeOf(key) + 64 + 48L * group.length);
            }
            for (Aggregator a : group) {
                a.add(row);
            }
            if (keeping > 0) {
                // make_set, make_list and dcount keep values: charge as if each kept the row.
                run.memory.charge(keeping * (MemoryBudget.sizeOf(row) + 8));
            }
        }
        return map;
    }

    private Aggregator[] newGroup() {
        Aggregator[] group = new Aggregator[aggregates.size()];
        int keeps = 0;
        for (int k = 0; k < group.length; k++) {
            group[k] = aggregates.get(k).factory().get();
            keeps += group[k].keepsValues() ? 1 : 0;
        }
        keeping = keeps;
        return group;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
