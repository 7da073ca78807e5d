package org.hygiene.quiz.player;

import java.nio.file.Path;

/**
 * What the command line asks of one quiz run.
 *
 * @param seed draw with this seed, or null for the quiz's own or a random one
 * @param results write the results here, or null
 * @param format json or csv, or null to decide from the file name
 * @param learner the learner's name for the results file, or null for the progress owner
 */
public record QuizOptions(Long seed, Path results, String format, String learner) {
    public static final QuizOptions NONE = new QuizOptions(null, null, null, null);
}
