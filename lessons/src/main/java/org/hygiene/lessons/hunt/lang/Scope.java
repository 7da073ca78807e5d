package org.hygiene.lessons.hunt.lang;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** What names mean outside the columns: {@code let} constants and tables, and "now". */
final class Scope {
    final Map<String, Object> scalars = new HashMap<>();
    final Map<String, Pipeline> tabular = new HashMap<>();
    final Supplier<Instant> now;

    Scope(Supplier<Instant> now) {
        this.now = now;
    }
}
