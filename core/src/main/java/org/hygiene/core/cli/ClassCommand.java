package org.hygiene.core.cli;

import org.hygiene.core.app.AppContext;
import picocli.CommandLine.Command;

/** {@code hygiene class}: keep the rosters of classes served with {@code hygiene serve}. */
@Command(
        name = "class",
        mixinStandardHelpOptions = true,
        description = {
            "Keep a class's roster for 'hygiene serve'.",
            "Make a class, add learners with a join code or an OpenSSH public key, list who has"
                    + " signed in."
        })
final class ClassCommand implements java.util.concurrent.Callable<Integer> {
    final AppContext context;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    ClassCommand(AppContext context) {
        this.context = context;
    }

    /** Without a subcommand: say which ones there are. */
    @Override
    public Integer call() {
        spec.commandLine().usage(context.err());
        return 2;
    }

    static picocli.CommandLine build(AppContext context) {
        picocli.CommandLine cli = new picocli.CommandLine(new ClassCommand(context));
        cli.addSubcommand(new ClassNewCommand(context));
        cli.addSubcommand(new ClassAddCommand(context));
        cli.addSubcommand(new ClassImportCommand(context));
        cli.addSubcommand(new ClassListCommand(context));
        cli.addSubcommand(new ClassReportCommand(context));
        cli.addSubcommand(new ClassCollectCommand(context));
        return cli;
    }
}
