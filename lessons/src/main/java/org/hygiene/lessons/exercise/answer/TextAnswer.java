package org.hygiene.lessons.exercise.answer;

import org.hygiene.core.text.AnswerText;

/**
 * Free text, compared by the rule of {@link AnswerText} (quotes, a final full stop and spacing do
 * not matter), without regard to case unless asked.
 */
public record TextAnswer(boolean caseSensitive) implements AnswerType {

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String form() {
        return caseSensitive
                ? "text (capitals count)"
                : "text (capitals and spacing do not matter)";
    }

    /**
     * How many letters a case-sensitive answer may have for its case variants to be tried against a
     * hashed key: 2^12 hashes is a few milliseconds; longer answers skip the case hint.
     */
    static final int CASE_HINT_LETTERS = 12;

    /** A case-sensitive answer wrong only in its capitals: say so, since that is the lesson. */
    static final String CASE_ONLY =
            "Close: the letters are right but not their capitals. This answer counts case: give it"
                    + " exactly as the log writes it.";

    @Override
    public java.util.Optional<Verdict> nearMiss(String given, java.util.List<String> accepted) {
        return caseSensitive && accepted.stream().anyMatch(a -> a.equalsIgnoreCase(given))
                ? java.util.Optional.of(Verdict.wrong(CASE_ONLY))
                : java.util.Optional.empty();
    }

    @Override
    public java.util.Optional<Verdict> nearMissOfHashes(String given, AnswerKey key) {
        return caseSensitive && someCaseMatchesHash(given, key)
                ? java.util.Optional.of(Verdict.wrong(CASE_ONLY))
                : java.util.Optional.empty();
    }

    /** Whether another capitalisation of {@code given} is accepted by the key's hashes. */
    private static boolean someCaseMatchesHash(String given, AnswerKey key) {
        int[] letters = given.chars().filter(Character::isLetter).limit(13).toArray();
        if (letters.length == 0 || letters.length > CASE_HINT_LETTERS) {
            return false;
        }
        char[] chars = given.toCharArray();
        int[] at = new int[letters.length];
        for (int i = 0, k = 0; i < chars.length; i++) {
            if (Character.isLetter(chars[i])) {
                at[k++] = i;
            }
        }
        for (int mask = 0; mask < 1 << at.length; mask++) {
            for (int k = 0; k < at.length; k++) {
                char c = chars[at[k]];
                chars[at[k]] =
                        (mask & 1 << k) != 0 ? Character.toUpperCase(c) : Character.toLowerCase(c);
            }
            String variant = new String(chars);
            if (!variant.equals(given) && key.hashMatches(variant)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Normalized normalize(String raw) {
        String s =
                caseSensitive ? AnswerText.normalise(raw) : AnswerText.normaliseIgnoringCase(raw);
        if (s.isEmpty()) {
            return Normalized.bad("The answer is empty.");
        }
        return Normalized.ok(s);
    }
}
