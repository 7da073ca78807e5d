package org.hygiene.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hygiene.core.course.BundledCourse;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.course.Problem;
import org.hygiene.core.course.Unit;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.core.spi.Plugins;
import org.hygiene.core.validate.CourseValidator;
import org.hygiene.lessons.evidence.Evidence;
import org.hygiene.lessons.exercise.Exercise;
import org.hygiene.lessons.exercise.ExerciseSession;
import org.hygiene.lessons.exercise.LessonExercises;
import org.hygiene.lessons.hunt.HuntEngine;
import org.hygiene.lessons.proof.ExerciseProof;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Prove every exercise of the bundled course solvable from its samples alone, with the code that
 * {@code hygiene validate} runs: {@link CourseValidator} over the whole course (the reference query
 * of every exercise runs over its lesson's scenario and gives an accepted answer, every {@code
 * wrong} entry is judged wrong with its feedback, no answer is given away), and {@link
 * ExerciseProof} per exercise, so that a failure names the lesson, the exercise and the line.
 */
class ExerciseProofTest {
    /** The course promises at least this many hands-on exercises (issue 6). */
    private static final int MIN_EXERCISES = 12;

    private static Course course;
    private static final Map<String, HuntEngine> ENGINES = new HashMap<>();

    record Case(Unit unit, Exercise exercise) {
        String name() {
            return unit.relativePath() + ":" + exercise.line() + " " + exercise.id();
        }
    }

    @BeforeAll
    static void loadTheBundledCourse() throws Exception {
        course = CourseLoader.load(BundledCourse.root().orElseThrow());
    }

    @Test
    void validateFindsNoProblemInTheBundledCourse() {
        List<Problem> problems = new CourseValidator(Plugins.load()).course(course.root());
        assertThat(problems).extracting(Problem::report).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyExerciseIsProvenFromItsScenario() {
        return cases().stream()
                .map(
                        c ->
                                DynamicTest.dynamicTest(
                                        c.name(),
                                        () ->
                                                assertThat(
                                                                ExerciseProof.prove(
                                                                                c.exercise(),
                                                                                engine(c.unit()))
                                                                        .failures())
                                                        .as(c.name())
                                                        .isEmpty()));
    }

    @Test
    void everyExerciseStartsUnsolvedWithNoPointsForALearnerWhoHasNotBegun() {
        for (Case c : cases()) {
            UnitProgress fresh = new UnitProgress();
            ExerciseSession.registerAll(LessonExercises.valid(c.unit()), fresh);
            ExerciseSession session =
                    new ExerciseSession(c.exercise(), fresh, java.time.Instant::now, () -> {});
            assertThat(session.state()).as(c.name()).isEqualTo(ExerciseSession.State.UNSOLVED);
            assertThat(session.progress().points()).as(c.name()).isZero();
        }
    }

    @Test
    void everyAnswerOfTheBundledCourseIsStoredOnlyAsAHash() {
        // A reader of the lesson files must not find the key there (issue 11); validate then
        // checks that no explanation, query or wrong answer states it either.
        for (Case c : cases()) {
            assertThat(c.exercise().key().answers()).as(c.name()).isEmpty();
            assertThat(c.exercise().key().hashes()).as(c.name()).isNotEmpty();
        }
    }

    @Test
    void theCourseHasEnoughHandsOnExercises() {
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(MIN_EXERCISES);
    }

    private static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (Unit unit : course.units()) {
            for (Exercise e : LessonExercises.valid(unit)) {
                out.add(new Case(unit, e));
            }
        }
        return out;
    }

    private static HuntEngine engine(Unit unit) throws IOException {
        String scenario = unit.frontMatter().get("scenario").orElseThrow();
        HuntEngine engine = ENGINES.get(scenario);
        if (engine == null) {
            Path samples = course.root().resolve("samples").resolve(scenario);
            engine = HuntEngine.over(Evidence.scan(samples).tables());
            ENGINES.put(scenario, engine);
        }
        return engine;
    }
}
