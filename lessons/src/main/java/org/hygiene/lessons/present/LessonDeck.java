package org.hygiene.lessons.present;

import java.util.List;
import java.util.Optional;
import org.commonmark.node.FencedCodeBlock;
import org.hygiene.core.course.Unit;
import org.hygiene.core.slides.Deck;
import org.hygiene.core.slides.DeckSplitter;
import org.hygiene.core.slides.Slide;
import org.hygiene.lessons.exercise.Exercise;
import org.hygiene.lessons.exercise.ExerciseBlock;
import org.hygiene.lessons.exercise.LessonExercises;

/**
 * A lesson as slides: its sections (or the author's slide breaks), with each exercise on a slide of
 * its own that shows the question, never the answer, and offers the hunt shell for a demo.
 */
final class LessonDeck {
    private final Unit unit;
    private final Deck deck;
    private final List<ExerciseBlock> exercises;

    LessonDeck(Unit unit) {
        this.unit = unit;
        this.deck =
                DeckSplitter.split(
                        unit.title(),
                        unit.body(),
                        n ->
                                n instanceof FencedCodeBlock f
                                        && LessonExercises.INFO.equals(f.getInfo().strip()));
        this.exercises = LessonExercises.of(unit);
    }

    Unit unit() {
        return unit;
    }

    Deck deck() {
        return deck;
    }

    /** What slide {@code index} shows: its Markdown, or for an exercise its question card. */
    String markdownOf(int index) {
        Slide slide = deck.slide(index);
        if (!slide.standalone()) {
            return slide.markdown();
        }
        return exerciseOf(index)
                .map(LessonDeck::card)
                .orElse("*This exercise block has format problems (run `hygiene validate`).*\n");
    }

    /** The exercise shown on slide {@code index}, if it is an exercise slide. */
    Optional<Exercise> exerciseOf(int index) {
        Slide slide = deck.slide(index);
        if (!slide.standalone()) {
            return Optional.empty();
        }
        for (ExerciseBlock b : exercises) {
            if (b.firstBodyLine() == slide.firstLine()) {
                return b.exercise();
            }
        }
        return Optional.empty();
    }

    /** The scenario whose logs the lesson's exercises query, if it names one. */
    Optional<String> scenario() {
        return unit.frontMatter().get("scenario");
    }

    private static String card(Exercise e) {
        StringBuilder md = new StringBuilder();
        md.append("**Exercise")
                .append(e.title().isBlank() ? "" : ": " + e.title())
                .append("** (")
                .append(e.points())
                .append(" points)\n\n");
        md.append(e.question().strip()).append("\n\n");
        md.append("Answer with ").append(e.type().form()).append(".\n");
        return md.toString();
    }
}
