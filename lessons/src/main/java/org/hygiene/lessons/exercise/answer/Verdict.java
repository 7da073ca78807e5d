package org.hygiene.lessons.exercise.answer;

/**
 * What checking an answer found: right, wrong (with feedback), or not in the expected form (with
 * the form explained). A wrong form never counts as an attempt.
 */
public record Verdict(Kind kind, String message) {
    /** The three outcomes of a check. */
    public enum Kind {
        CORRECT,
        WRONG,
        WRONG_FORM
    }

    public static Verdict correct() {
        return new Verdict(Kind.CORRECT, "Correct.");
    }

    public static Verdict wrong(String feedback) {
        return new Verdict(Kind.WRONG, feedback);
    }

    public static Verdict wrongForm(String explanation) {
        return new Verdict(Kind.WRONG_FORM, explanation);
    }

    public boolean isCorrect() {
        return kind == Kind.CORRECT;
    }
}
