package org.hygiene.lessons.proof;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hygiene.core.course.Course;
import org.hygiene.core.course.FrontMatter;
import org.hygiene.core.course.Problem;
import org.hygiene.core.course.Unit;
import org.hygiene.core.course.UnitKind;
import org.hygiene.core.spi.ContentCheck;
import org.hygiene.core.text.Suggest;
import org.hygiene.lessons.exercise.Exercise;
import org.hygiene.lessons.exercise.ExerciseBlock;
import org.hygiene.lessons.exercise.LessonExercises;
import org.hygiene.lessons.hunt.HuntEngine;

/**
 * Check a lesson as {@code hygiene validate} does: its front-matter keys, its {@code scenario}, its
 * exercise blocks, the proof of every exercise over the scenario's logs, and that no answer is
 * given away. The build's proof of the bundled course runs this same check.
 */
public final class LessonCheck implements ContentCheck {
    static final List<String> KEYS = List.of("id", "title", "minutes", "objectives", "scenario");

    private Scenarios scenarios;
    private Course scenariosOf;

    @Override
    public List<Problem> check(Course course, Unit unit) {
        if (unit.kind() != UnitKind.LESSON) {
            return List.of();
        }
        if (scenariosOf != course) {
            scenarios = new Scenarios(course.root());
            scenariosOf = course;
        }
        List<Problem> problems = new ArrayList<>();
        String file = unit.relativePath();
        FrontMatter fm = unit.frontMatter();
        boolean typoOfScenario = false;
        for (String key : fm.entries().keySet()) {
            if (!KEYS.contains(key)) {
                Optional<String> meant = Suggest.nearest(key, KEYS);
                typoOfScenario |= meant.filter("scenario"::equals).isPresent();
                problems.add(
                        new Problem(
                                file,
                                fm.lineOf(key),
                                1,
                                "unknown front matter key '"
                                        + key
                                        + "'"
                                        + meant.map(m -> " (did you mean '" + m + "'?)").orElse("")
                                        + "; known: "
                                        + String.join(", ", KEYS)));
            }
        }
        List<ExerciseBlock> blocks = LessonExercises.of(unit);
        blocks.forEach(b -> problems.addAll(b.problems()));
        List<Exercise> exercises = blocks.stream().flatMap(b -> b.exercise().stream()).toList();
        Optional<HuntEngine> engine = Optional.empty();
        Optional<String> scenario = fm.get("scenario").map(String::strip);
        if (scenario.isPresent()) {
            engine = scenario(file, fm, scenario.get(), problems);
        } else if (!blocks.isEmpty() && !typoOfScenario) {
            problems.add(
                    new Problem(
                            file,
                            Math.max(1, fm.startLine()),
                            1,
                            "this lesson has exercises but no 'scenario:' in its front matter,"
                                    + " so learners get no logs to hunt in; add 'scenario: NAME'"
                                    + " naming a folder under samples/"
                                    + available()));
        }
        List<Giveaways.Answered> answered = new ArrayList<>();
        for (Exercise e : exercises) {
            Optional<String> proven = Optional.empty();
            if (engine.isPresent()) {
                ExerciseProof.Outcome outcome = ExerciseProof.prove(e, engine.get());
                outcome.failures().forEach(f -> problems.add(at(file, e, f)));
                proven = outcome.answer();
            }
            answered.add(new Giveaways.Answered(e, proven));
        }
        problems.addAll(Giveaways.find(unit, blocks, answered));
        return problems;
    }

    private Optional<HuntEngine> scenario(
            String file, FrontMatter fm, String name, List<Problem> problems) {
        int line = fm.lineOf("scenario");
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            problems.add(
                    new Problem(
                            file,
                            line,
                            1,
                            "'scenario' names one folder under samples/" + available()));
            return Optional.empty();
        }
        if (!scenarios.exists(name)) {
            problems.add(
                    new Problem(
                            file,
                            line,
                            1,
                            "no scenario '"
                                    + name
                                    + "': samples/"
                                    + name
                                    + "/ does not exist"
                                    + Suggest.nearest(name, scenarios.names())
                                            .map(s -> " (did you mean '" + s + "'?)")
                                            .orElse(available())));
            return Optional.empty();
        }
        Scenarios.Scanned scanned = scenarios.scan(name);
        problems.addAll(scanned.problems());
        if (scanned.noLogs()) {
            problems.add(
                    new Problem(
                            file,
                            line,
                            1,
                            "the scenario '"
                                    + name
                                    + "' holds no log Hygiene can read, so every query returns"
                                    + " nothing; lay its logs out as on a server (see"
                                    + " docs/log-formats.md)"));
        }
        return scanned.engine();
    }

    private String available() {
        List<String> names = scenarios.names();
        return names.isEmpty()
                ? " (the course has no samples/ folder yet)"
                : " (there: " + String.join(", ", names) + ")";
    }

    static Problem at(String file, Exercise e, String message) {
        return new Problem(file, e.line(), 1, "exercise '" + e.id() + "': " + message);
    }
}
