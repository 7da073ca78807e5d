package org.hygiene.lessons.hunt.shell;

/** {@code .quit}: leave the shell. */
final class QuitCommand implements ShellCommand {
    @Override
    public String name() {
        return ".quit";
    }

    @Override
    public String summary() {
        return "leave the shell (Ctrl-D does too)";
    }

    @Override
    public void run(ShellContext context, String args) {
        context.quit();
    }
}
