package org.hygiene.lessons.regex;

/** Thrown instead of running a match whose worst case is over {@link BoundedRegex}'s bound. */
public final class RegexTooCostlyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RegexTooCostlyException(String message) {
        super(message);
    }
}
