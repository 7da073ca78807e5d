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
    private Iterator<Map.Entry<List<Object>, Aggregator[]>> groups;

    SummarizeStream(RowStream in, Eval[] keys, List<Aggregates.Spec> aggregates, Eval[] outputs) {
        this.in = in;
        this.keys = keys;
        this.aggregates = aggregates;
        this.outputs = outputs;
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
            Aggregator[] group = map.computeIfAbsent(Arrays.asList(key), x -> newGroup());
            for (Aggregator a : group) {
                a.add(row);
            }
        }
        return map;
    }

    private Aggregator[] newGroup() {
        Aggregator[] group = new Aggregator[aggregates.size()];
        for (int k = 0; k < group.length; k++) {
            group[k] = aggregates.get(k).factory().get();
        }
        return group;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
