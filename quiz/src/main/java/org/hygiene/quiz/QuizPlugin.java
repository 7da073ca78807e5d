package org.hygiene.quiz;

import java.util.List;
import org.hygiene.core.spi.CommandPorts;
import org.hygiene.core.spi.ContentCheck;
import org.hygiene.core.spi.HygienePlugin;
import org.hygiene.core.spi.UnitPlayer;
import org.hygiene.quiz.cli.QuizCommand;
import org.hygiene.quiz.player.QuizCheck;
import org.hygiene.quiz.player.QuizPlayer;

/** Plug the quiz player and the {@code hygiene quiz} command into the launcher. */
public final class QuizPlugin implements HygienePlugin {
    @Override
    public List<UnitPlayer> players() {
        return List.of(new QuizPlayer());
    }

    @Override
    public List<ContentCheck> contentChecks() {
        return List.of(new QuizCheck());
    }

    @Override
    public List<String> commandNames() {
        return List.of("quiz");
    }

    @Override
    public Object command(String name, CommandPorts ports) {
        return "quiz".equals(name)
                ? QuizCommand.create(ports)
                : HygienePlugin.super.command(name, ports);
    }
}
