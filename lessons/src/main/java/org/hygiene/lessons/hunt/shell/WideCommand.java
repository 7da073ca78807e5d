package org.hygiene.lessons.hunt.shell;

/** {@code .wide}: toggle showing full values instead of cutting them to the terminal. */
final class WideCommand implements ShellCommand {
    @Override
    public String name() {
        return ".wide";
    }

    @Override
    public String summary() {
        return "[on|off]  show full values (long lines wrap) or fit the terminal";
    }

    @Override
    public void run(ShellContext context, String args) {
        boolean wide =
                switch (args) {
                    case "on" -> true;
                    case "off" -> false;
                    default -> !context.settings().wide;
                };
        context.settings().wide = wide;
        context.println(
                wide ? "wide: on (full values; lines may wrap)" : "wide: off (values cut to fit)");
        context.lastResult().ifPresent(r -> QueryRunner.show(context, r, context.lastFooter()));
    }
}
