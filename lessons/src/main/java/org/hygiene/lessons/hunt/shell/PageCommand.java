package org.hygiene.lessons.hunt.shell;

/** {@code .page}: show the last result again, in the pager when it does not fit the screen. */
final class PageCommand implements ShellCommand {
    @Override
    public String name() {
        return ".page";
    }

    @Override
    public String summary() {
        return "show the last result again (paged when it does not fit)";
    }

    @Override
    public void run(ShellContext context, String args) {
        context.lastResult()
                .ifPresentOrElse(
                        r -> QueryRunner.show(context, r, context.lastFooter()),
                        () -> context.println("No result yet: run a query first."));
    }
}
