package org.hygiene.lessons;

import java.util.List;
import org.hygiene.core.spi.CommandPorts;
import org.hygiene.core.spi.ContentCheck;
import org.hygiene.core.spi.HygienePlugin;
import org.hygiene.core.spi.UnitPlayer;
import org.hygiene.lessons.evidence.Evidence;
import org.hygiene.lessons.evidence.EvidenceNotices;
import org.hygiene.lessons.exercise.cli.ExerciseCli;
import org.hygiene.lessons.hunt.cli.HuntCommand;
import org.hygiene.lessons.hunt.cli.TableSource;
import org.hygiene.lessons.player.HuntExerciseLauncher;
import org.hygiene.lessons.player.LessonPlayer;
import org.hygiene.lessons.player.PlainExercises;
import org.hygiene.lessons.proof.LessonCheck;

/** Plug the lesson player and the lesson commands into the launcher. */
public final class LessonsPlugin implements HygienePlugin {
    @Override
    public List<UnitPlayer> players() {
        return List.of(new LessonPlayer(new HuntExerciseLauncher()));
    }

    @Override
    public List<ContentCheck> contentChecks() {
        return List.of(new LessonCheck());
    }

    @Override
    public List<String> commandNames() {
        return List.of("exercise", "hunt", "check", "present");
    }

    // A switch, not a map of lambdas: building one command must not load the others' classes.
    @Override
    public Object command(String name, CommandPorts ports) {
        switch (name) {
            case "exercise":
                return new ExerciseCli(
                        ports.console(),
                        ports.learner(),
                        new PlainExercises(new HuntExerciseLauncher())::answer);
            case "hunt":
                return huntCommand(ports);
            case "check":
                return org.hygiene.lessons.check.CheckCommand.spec(ports.console(), ports.clock());
            case "present":
                return new org.hygiene.lessons.present.PresentCommand(ports);
            default:
                return HygienePlugin.super.command(name, ports);
        }
    }

    private static Object huntCommand(CommandPorts ports) {
        return HuntCommand.spec(
                ports.console(),
                ports.terminal(),
                ports.learner(),
                folder -> {
                    Evidence evidence = Evidence.scan(folder);
                    return new TableSource.Opened(
                            evidence.tables(),
                            EvidenceNotices.logFiles(evidence),
                            EvidenceNotices.skipped(evidence),
                            EvidenceNotices.otherFiles(evidence));
                });
    }
}
