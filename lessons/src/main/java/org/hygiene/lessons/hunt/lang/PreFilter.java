package org.hygiene.lessons.hunt.lang;

import java.util.List;
import java.util.Set;
import org.hygiene.lessons.logs.RawFilter;

/**
 * Derive a literal test on a record's raw text from the first {@code where} of a query, so records
 * that cannot match are skipped before they are parsed.
 *
 * <p>It must never drop a record the query keeps. A literal is used only when it would appear
 * verbatim in the raw record whatever the format's quoting: ASCII letters, digits and a few
 * punctuation marks that no reader escapes, on a string column read from the record itself (not one
 * derived from the file's path, such as {@code sSiteName}). Only positive predicates count; {@code
 * or} needs both sides filterable; {@code not} and negated operators give none.
 */
final class PreFilter {
    /** Columns whose value does not come from the record's own text. */
    static final Set<String> DERIVED =
            Set.of(
                    "sSiteName",
                    "TimeGenerated",
                    "Computer",
                    "SourceSystem",
                    "Type",
                    "Account",
                    "Activity",
                    "$table");

    private static final Set<String> POSITIVE =
            Set.of(
                    "has",
                    "has_cs",
                    "contains",
                    "contains_cs",
                    "startswith",
                    "startswith_cs",
                    "endswith",
                    "endswith_cs",
                    "hasprefix",
                    "hassuffix",
                    "==",
                    "=~");

    private PreFilter() {}

    /** The raw filter implied by {@code predicate}, or null when none is safe. */
    static RawFilter derive(Expr predicate, List<ResultColumn> columns, Scope scope) {
        if (predicate instanceof Expr.Binary b) {
            if (b.op().equals("and")) {
                RawFilter l = derive(b.left(), columns, scope);
                RawFilter r = derive(b.right(), columns, scope);
                if (l == null || r == null) {
                    return l == null ? r : l;
                }
                return raw -> l.mayMatch(raw) && r.mayMatch(raw);
            }
            if (b.op().equals("or")) {
                RawFilter l = derive(b.left(), columns, scope);
                RawFilter r = derive(b.right(), columns, scope);
                return l == null || r == null ? null : raw -> l.mayMatch(raw) || r.mayMatch(raw);
            }
            if (POSITIVE.contains(b.op())
                    && b.left() instanceof Expr.Name n
                    && isRawColumn(n.name(), columns)) {
                String literal = literal(b.right(), scope);
                if (literal != null && safe(literal)) {
                    return RawFilter.containsIgnoreCase(literal);
                }
            }
        }
        if (predicate instanceof Expr.In in
                && in.op().equals("in")
                && in.left() instanceof Expr.Name n
                && isRawColumn(n.name(), columns)
                && !in.items().isEmpty()) {
            RawFilter any = null;
            for (Expr item : in.items()) {
                String literal = literal(item, scope);
                if (literal == null || !safe(literal)) {
                    return null;
                }
                RawFilter f = RawFilter.containsIgnoreCase(literal);
                RawFilter prev = any;
                any = prev == null ? f : raw -> prev.mayMatch(raw) || f.mayMatch(raw);
            }
            return any;
        }
        return null;
    }

    private static boolean isRawColumn(String name, List<ResultColumn> columns) {
        if (DERIVED.contains(name)) {
            return false;
        }
        for (ResultColumn c : columns) {
            if (c.name().equals(name)) {
                return c.type() == ValueType.STRING;
            }
        }
        return false;
    }

    private static String literal(Expr e, Scope scope) {
        if (e instanceof Expr.Literal l && l.value() instanceof String s) {
            return s;
        }
        if (e instanceof Expr.Name n && scope.scalars.get(n.name()) instanceof String s) {
            return s;
        }
        return null;
    }

    /** Whether every reader writes this literal verbatim in the raw record. */
    static boolean safe(String literal) {
        if (literal.length() < 2) {
            return false;
        }
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            boolean ok =
                    (c >= 'a' && c <= 'z')
                            || (c >= 'A' && c <= 'Z')
                            || (c >= '0' && c <= '9')
                            || "~/._-:@]#$=;?".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
