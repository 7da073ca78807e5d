package org.hygiene.core.text;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The writer behind {@link Sanitizer#writer}: passes line breaks and tabs, replaces every other
 * control character as {@link Sanitizer#clean} does. A carriage return passes only as part of
 * {@code \r\n} (CSV's line end): alone it would let a value overwrite what was printed before it.
 */
final class CleaningWriter extends FilterWriter {
    private boolean pendingReturn;

    CleaningWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (pendingReturn) {
            pendingReturn = false;
            out.write(ch == '\n' ? "\r" : "^M");
        }
        if (ch == '\r') {
            pendingReturn = true;
            return;
        }
        if (ch == '\n' || ch == '\t') {
            out.write(ch);
            return;
        }
        String r = Sanitizer.replacement(ch);
        if (r == null) {
            out.write(ch);
        } else {
            out.write(r);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(buf[i]);
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(s.charAt(i));
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingReturn) {
            pendingReturn = false;
            out.write("^M");
        }
        out.close();
    }
}
