package org.hygiene.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hygiene.core.course.BundledCourse;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.course.Unit;
import org.hygiene.core.progress.UnitProgress;
import org.hygiene.lessons.evidence.Evidence;
import org.hygiene.lessons.exercise.Exercise;
import org.hygiene.lessons.exercise.ExerciseBlock;
import org.hygiene.lessons.exercise.ExerciseSession;
import org.hygiene.lessons.exercise.LessonExercises;
import org.hygiene.lessons.exercise.answer.AnswerKey;
import org.hygiene.lessons.exercise.answer.NumberAnswer;
import org.hygiene.lessons.exercise.answer.SetAnswer;
import org.hygiene.lessons.exercise.answer.TimestampAnswer;
import org.hygiene.lessons.exercise.answer.Verdict;
import org.hygiene.lessons.hunt.HuntEngine;
import org.hygiene.lessons.hunt.QueryResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Prove every exercise of the bundled course solvable from its samples alone: its reference query
 * runs over the lesson's scenario, and the result is an accepted answer. The answer is read from
 * the first column of the result: its one value, or, for a set answer, all its values.
 */
class ExerciseProofTest {
    /** The course promises at least this many hands-on exercises (issue 6). */
    private static final int MIN_EXERCISES = 12;

    private static Course course;
    private static final Map<String, HuntEngine> ENGINES = new HashMap<>();

    record Case(Unit unit, Exercise exercise) {
        String name() {
            return unit.id() + "/" + exercise.id();
        }
    }

    @BeforeAll
    static void loadTheBundledCourse() throws Exception {
        course = CourseLoader.load(BundledCourse.root().orElseThrow());
    }

    @TestFactory
    Stream<DynamicTest> everyReferenceQueryProducesAnAcceptedAnswer() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> prove(c)));
    }

    @TestFactory
    Stream<DynamicTest> everyAnticipatedWrongAnswerIsJudgedWrongWithItsFeedback() {
        return cases().stream()
                .map(
                        c ->
                                DynamicTest.dynamicTest(
                                        c.name(),
                                        () -> {
                                            for (AnswerKey.Wrong w : c.exercise().key().wrong()) {
                                                Verdict v = c.exercise().check(w.answer());
                                                assertThat(v.kind())
                                                        .as(w.answer())
                                                        .isEqualTo(Verdict.Kind.WRONG);
                                                assertThat(v.message())
                                                        .as(w.answer())
                                                        .isEqualTo(w.feedback());
                                            }
                                        }));
    }

    @Test
    void everyExerciseStartsUnsolvedWithNoPointsForALearnerWhoHasNotBegun() {
        for (Case c : cases()) {
            UnitProgress fresh = new UnitProgress();
            ExerciseSession.registerAll(LessonExercises.valid(c.unit()), fresh);
            ExerciseSession session =
                    new ExerciseSession(c.exercise(), fresh, java.time.Instant::now, () -> {});
            assertThat(session.state()).as(c.name()).isEqualTo(ExerciseSession.State.UNSOLVED);
            assertThat(session.progress().points).as(c.name()).isZero();
        }
    }

    /**
     * An answer must come from the logs: it is not printed in the lesson's prose, nor in the
     * question or its hints. (Numbers and times are too short or too variable to search for.)
     */
    @Test
    void noAnswerIsGivenAwayByTheLessonTheQuestionOrAHint() throws Exception {
        for (Case c : cases()) {
            Exercise e = c.exercise();
            if (e.type() instanceof NumberAnswer || e.type() instanceof TimestampAnswer) {
                continue;
            }
            StringBuilder visible = new StringBuilder(prose(c.unit())).append('\n');
            visible.append(e.question()).append('\n');
            e.hints().forEach(h -> visible.append(h.text()).append('\n'));
            String text = visible.toString().toLowerCase(Locale.ROOT);
            // A hashed key has no readable answers: check what the reference query finds.
            List<String> answers = e.key().answers();
            if (answers.isEmpty()) {
                String scenario = c.unit().frontMatter().get("scenario").orElseThrow();
                answers =
                        List.of(
                                answerOf(
                                        engine(scenario).run(e.query()),
                                        e.type() instanceof SetAnswer));
            }
            for (String answer : answers) {
                List<String> items =
                        e.type() instanceof SetAnswer set ? set.split(answer) : List.of(answer);
                for (String item : items) {
                    assertThat(text)
                            .as("%s gives away '%s'", c.name(), item)
                            .doesNotContain(item.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    /** The lesson body without its exercise blocks. */
    private static String prose(Unit unit) {
        String[] lines = unit.body().split("\n", -1);
        boolean[] inBlock = new boolean[lines.length];
        for (ExerciseBlock b : LessonExercises.of(unit)) {
            for (int i = b.firstBodyLine(); i <= b.lastBodyLine() && i < lines.length; i++) {
                inBlock[i] = true;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (!inBlock[i]) {
                out.append(lines[i]).append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void theCourseHasEnoughHandsOnExercisesAndEveryBlockParses() {
        List<String> problems = new ArrayList<>();
        int exercises = 0;
        for (Unit unit : course.units()) {
            for (ExerciseBlock block : LessonExercises.of(unit)) {
                block.problems().forEach(p -> problems.add(p.toString()));
                exercises += block.exercise().isPresent() ? 1 : 0;
            }
        }
        assertThat(problems).isEmpty();
        assertThat(exercises).isGreaterThanOrEqualTo(MIN_EXERCISES);
    }

    @Test
    void everyLessonWithExercisesNamesAScenarioThatShipsWithTheCourse() {
        for (Unit unit : course.units()) {
            if (LessonExercises.of(unit).isEmpty()) {
                continue;
            }
            String scenario = unit.frontMatter().get("scenario").orElse("");
            assertThat(scenario).as(unit.relativePath() + ": scenario").isNotBlank();
            assertThat(Files.isDirectory(samples(scenario)))
                    .as(unit.relativePath() + ": samples/" + scenario)
                    .isTrue();
        }
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

    private static Path samples(String scenario) {
        return course.root().resolve("samples").resolve(scenario);
    }

    private static HuntEngine engine(String scenario) throws IOException {
        HuntEngine engine = ENGINES.get(scenario);
        if (engine == null) {
            engine = HuntEngine.over(Evidence.scan(samples(scenario)).tables());
            ENGINES.put(scenario, engine);
        }
        return engine;
    }

    private static void prove(Case c) throws Exception {
        String scenario = c.unit().frontMatter().get("scenario").orElseThrow();
        QueryResult result = engine(scenario).run(c.exercise().query());
        String answer = answerOf(result, c.exercise().type() instanceof SetAnswer);
        Verdict verdict = c.exercise().check(answer);
        assertThat(verdict.isCorrect())
                .as("the reference query gives '%s', which is not accepted: %s", answer, verdict)
                .isTrue();
    }

    /** The first column's single value, or, for a set, all its distinct values. */
    static String answerOf(QueryResult result, boolean set) {
        List<List<String>> rows = result.text();
        assertThat(result.columns()).as("columns").isNotEmpty();
        if (set) {
            assertThat(rows).as("a reference query for a set returns rows").isNotEmpty();
            Set<String> values = new LinkedHashSet<>();
            rows.forEach(r -> values.add(r.get(0)));
            return String.join(", ", values);
        }
        assertThat(rows).as("a reference query for one answer returns one row").hasSize(1);
        return rows.get(0).get(0);
    }
}
