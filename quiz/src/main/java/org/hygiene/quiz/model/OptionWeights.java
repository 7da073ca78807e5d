package org.hygiene.quiz.model;

/**
 * The weight of each option in percent. Lives with the model because both the scorer and the
 * writers (which print the weights an author left implicit) need the same answer.
 */
public final class OptionWeights {
    private OptionWeights() {}

    /** Return the option's weight: the author's, else the default for the question's type. */
    public static double weightOf(Question q, Option o) {
        if (o.weight() != null) {
            return o.weight();
        }
        if (q.type() != QuestionType.MULTIPLE) {
            return o.correct() ? 100 : 0;
        }
        long k = q.options().stream().filter(Option::correct).count();
        long wrong = q.options().size() - k;
        return o.correct() ? 100.0 / k : (wrong == 0 ? 0 : -100.0 / wrong);
    }
}
