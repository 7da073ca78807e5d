package org.hygiene.lessons.check;

/** The run's outcome and its exit status. */
enum CheckVerdict {
    /** Everything was read and nothing is suspicious: exit 0. */
    CLEAN(0),
    /** A check or a heuristic found something: exit 1. */
    SUSPICIOUS(1),
    /**
     * Nothing suspicious, but the evidence is incomplete: some input could not be read, a line that
     * may hold a hit could not be checked, or no log was found: exit 2. Never reported as clean.
     */
    INCOMPLETE(2);

    private final int status;

    CheckVerdict(int status) {
        this.status = status;
    }

    int status() {
        return status;
    }

    static CheckVerdict of(Results r) {
        for (Check c : Check.values()) {
            if (c != Check.OTHER_FILES && r.count(c) > 0) {
                return SUSPICIOUS;
            }
        }
        return !r.unreadable().isEmpty() || r.uncheckedCount() > 0 || r.files() == 0
                ? INCOMPLETE
                : CLEAN;
    }
}
