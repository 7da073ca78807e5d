package org.hygiene.core.cli;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.app.UserException;
import org.hygiene.core.course.Unit;
import org.hygiene.core.spi.Session;
import org.hygiene.core.spi.UnitPlayer;
import org.hygiene.core.text.Sanitizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hygiene lesson ID}: open one unit, or print it as text when not interactive. */
@Command(
        name = "lesson",
        mixinStandardHelpOptions = true,
        description =
                "Open a lesson by its number (as the course map shows it) or any unit by its"
                        + " id; with --plain or a pipe, print it as text.")
final class UnitCommand implements Callable<Integer> {
    private final AppContext context;

    @Parameters(
            index = "0",
            paramLabel = "N|ID",
            description = "The lesson's number, or a unit's id, as 'hygiene lessons' lists them.")
    String id;

    UnitCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Session session = context.session();
        Unit unit =
                session.course()
                        .find(id, null)
                        .orElseThrow(
                                () ->
                                        new UserException(
                                                "no lesson numbered or unit with id '"
                                                        + Sanitizer.clean(id)
                                                        + "'; 'hygiene lessons' lists them; ids: "
                                                        + session.course().units().stream()
                                                                .map(Unit::id)
                                                                .collect(
                                                                        Collectors.joining(", "))));
        UnitPlayer player =
                context.plugins()
                        .playerFor(unit.kind())
                        .orElseThrow(
                                () ->
                                        new UserException(
                                                "this build cannot play "
                                                        + unit.kind()
                                                                .name()
                                                                .toLowerCase(java.util.Locale.ROOT)
                                                        + " units"));
        if (context.interactive()) {
            org.hygiene.core.screen.PlayOnward.from(unit, session)
                    .ifPresent(m -> context.err().println("hygiene: " + m));
        } else {
            player.playPlain(unit, session, context.out());
        }
        return 0;
    }
}
