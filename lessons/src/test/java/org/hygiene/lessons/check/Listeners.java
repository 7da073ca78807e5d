package org.hygiene.lessons.check;

/** Listeners for tests. */
final class Listeners {
    static final LogCheck.Listener NONE =
            new LogCheck.Listener() {
                @Override
                public void started(long files, long bytes) {}

                @Override
                public void bytes(long n) {}

                @Override
                public void fileDone() {}
            };

    private Listeners() {}
}
