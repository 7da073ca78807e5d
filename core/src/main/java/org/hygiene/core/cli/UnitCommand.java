package org.hygiene.core.cli;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.app.UserException;
import org.hygiene.core.course.Unit;
import org.hygiene.core.spi.Session;
import org.hygiene.core.spi.UnitPlayer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hygiene lesson ID}: open one unit, or print it as text when not interactive. */
@Command(
        name = "lesson",
        mixinStandardHelpOptions = true,
        description =
                "Open a lesson (or quiz) by its id; with --plain or a pipe, print it as text.")
final class UnitCommand implements Callable<Integer> {
    private final AppContext context;

    @Parameters(
            index = "0",
            paramLabel = "ID",
            description = "The unit's id, as 'hygiene lessons' lists it.")
    String id;

    UnitCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Session session = context.session();
        Unit unit =
                session.course()
                        .unit(id)
                        .orElseThrow(
                                () ->
                                        new UserException(
                                                "no unit with id '"
                                                        + id
                                                        + "'; known ids: "
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
            player.printPlain(unit, session, context.out());
        }
        return 0;
    }
}
