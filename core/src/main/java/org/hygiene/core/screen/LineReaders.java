package org.hygiene.core.screen;

import org.jline.reader.LineReader;
import org.jline.reader.Reference;

/** Fixes every {@link LineReader} of Hygiene needs, in one place. */
public final class LineReaders {
    private LineReaders() {}

    /**
     * Keep a typed {@code \E}. JLine 4.5.0 binds the literal text {@code \E[<} (xterm's mouse key,
     * mistranslated), so a typed {@code \E} waited for {@code [<} and was dropped: a path such as
     * {@code ...\Microsoft\Exchange Server} lost its backslash.
     */
    public static LineReader keepTypedBackslashE(LineReader reader) {
        reader.getKeyMaps()
                .values()
                .forEach(keys -> keys.bind(new Reference(LineReader.SELF_INSERT), "\\E"));
        return reader;
    }
}
