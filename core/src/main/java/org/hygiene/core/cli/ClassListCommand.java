package org.hygiene.core.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.classroom.AuthLog;
import org.hygiene.core.classroom.ClassFolder;
import org.hygiene.core.classroom.Roster;
import org.hygiene.core.classroom.RosterEntry;
import org.hygiene.core.progress.ProgressStore;
import org.hygiene.core.progress.UnitState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hygiene class list NAME}: the roster, how each learner signs in, and who has. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List a class's learners: how they sign in, when they last did, units done.")
final class ClassListCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AppContext context;

    @Parameters(index = "0", paramLabel = "CLASS", description = "The class.")
    String className;

    ClassListCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ClassFolder folder = ClassFolder.existing(context.dataDir(), className);
        Roster roster = Roster.load(folder.rosterFile());
        if (roster.isEmpty()) {
            context.out()
                    .println(
                            "Class '"
                                    + folder.name()
                                    + "' has no learners yet (hygiene class add "
                                    + folder.name()
                                    + " NAME...).");
            return 0;
        }
        Map<String, Instant> signIns =
                new AuthLog(folder.authLogFile(), context.clock()).lastSignIns();
        ProgressStore store = folder.progressStore(context.clock());
        int width = 7;
        for (RosterEntry e : roster.learners()) {
            width = Math.max(width, e.name().length());
        }
        context.out()
                .printf(
                        "%-" + width + "s  %-21s  %-16s  %s%n",
                        "LEARNER",
                        "SIGNS IN BY",
                        "LAST SIGNED IN",
                        "UNITS DONE");
        int signedIn = 0;
        for (RosterEntry e : roster.learners()) {
            Instant last = signIns.get(e.name());
            if (last != null) {
                signedIn++;
            }
            String by =
                    (e.hasCode() && !e.publicKeys().isEmpty()
                                    ? "code, key"
                                    : e.hasCode() ? "code" : "key")
                            + (e.trainer() ? " (trainer)" : "");
            long done =
                    store.load(e.name()).progress().units().values().stream()
                            .filter(u -> u.state() == UnitState.DONE)
                            .count();
            context.out()
                    .printf(
                            "%-" + width + "s  %-21s  %-16s  %d%n",
                            e.name(),
                            by,
                            last == null
                                    ? "never"
                                    : WHEN.format(last.atZone(ZoneId.systemDefault())),
                            done);
        }
        context.out()
                .println(
                        roster.learners().size()
                                + " learners, "
                                + signedIn
                                + " signed in at least once.");
        return 0;
    }
}
