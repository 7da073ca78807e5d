package org.hygiene.core.course;

import java.util.List;
import java.util.stream.Collectors;

/** The course could not be loaded; carries every problem found, not just the first. */
public final class CourseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public CourseException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
