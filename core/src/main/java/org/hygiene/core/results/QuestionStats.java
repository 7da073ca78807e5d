package org.hygiene.core.results;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Item analysis of one quiz question over the class's first graded attempts.
 *
 * @param attempts learners whose attempt had this question
 * @param correct of them, how many got it fully right
 * @param discrimination upper minus lower group's share correct, the groups being the top and
 *     bottom 27% by the attempt's total score; empty with fewer than two attempts
 * @param choices how often each option (a letter in file order) or typed answer was chosen
 * @param blank attempts that left the question unanswered
 */
public record QuestionStats(
        String unit,
        String item,
        int attempts,
        int correct,
        Optional<Double> discrimination,
        Map<String, Integer> choices,
        int blank) {

    /** Facility at or above this is flagged very easy. */
    public static final double VERY_EASY = 0.9;

    /** Facility at or below this is flagged very hard. */
    public static final double VERY_HARD = 0.2;

    /** Why a question deserves a second look. */
    public enum Flag {
        VERY_EASY,
        VERY_HARD,
        NEGATIVE_DISCRIMINATION;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /** The facility index: the share of attempts that got the question right (0 to 1). */
    public double facility() {
        return attempts == 0 ? 0 : (double) correct / attempts;
    }

    public Set<Flag> flags() {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (attempts == 0) {
            return flags;
        }
        if (facility() >= VERY_EASY) {
            flags.add(Flag.VERY_EASY);
        }
        if (facility() <= VERY_HARD) {
            flags.add(Flag.VERY_HARD);
        }
        if (discrimination.isPresent() && discrimination.get() < 0) {
            flags.add(Flag.NEGATIVE_DISCRIMINATION);
        }
        return flags;
    }
}
