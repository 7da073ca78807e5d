package org.hygiene.core.spi;

import java.io.InputStream;
import java.io.PrintWriter;

/** The standard streams of one launcher run, for commands that print results or read lines. */
public record Console(InputStream in, PrintWriter out, PrintWriter err) {}
