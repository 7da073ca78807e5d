package org.hygiene.core.yaml;

/**
 * One line of an exercise block and where it sits in the lesson file.
 *
 * @param text the line as the block holds it (container prefixes such as indentation removed)
 * @param line the 1-based line in the lesson file
 * @param columnOffset how many characters of the file line come before {@code text}
 */
public record SourceLine(String text, int line, int columnOffset) {

    /** The 1-based file column of the character at {@code index} in {@code text}. */
    public int columnOf(int index) {
        return columnOffset + index + 1;
    }
}
