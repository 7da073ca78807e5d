package org.hygiene.lessons.hunt.lang;

/**
 * A bare string in a {@code search} predicate: true when any column has the term. A leading or
 * trailing {@code *} turns the term match into a prefix, suffix or substring match.
 */
final class SearchTerm {
    private SearchTerm() {}

    static Compiled compile(String term, int width) {
        boolean starBefore = term.startsWith("*") && term.length() > 1;
        boolean starAfter = term.endsWith("*") && term.length() > 1;
        String needle = term.substring(starBefore ? 1 : 0, term.length() - (starAfter ? 1 : 0));
        String op =
                starBefore && starAfter
                        ? "contains"
                        : starBefore ? "hassuffix" : starAfter ? "hasprefix" : "has";
        return new Compiled(
                row -> {
                    for (int i = 0; i < width && i < row.length; i++) {
                        Object v = row[i];
                        if (v != null && StringOps.test(op, ExprCompiler.text(v), needle)) {
                            return true;
                        }
                    }
                    return false;
                },
                ValueType.BOOL);
    }
}
