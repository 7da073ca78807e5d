package org.hygiene.lessons.hunt.shell;

import org.jline.utils.AttributedStyle;

/** {@code .help}: the shell's commands and how to write a query. */
final class HelpCommand implements ShellCommand {
    @Override
    public String name() {
        return ".help";
    }

    @Override
    public String summary() {
        return "this help";
    }

    @Override
    public void run(ShellContext context, String args) {
        context.println("Type a query in KQL, for example:", AttributedStyle.BOLD);
        context.println(
                "  W3CIISLog | where csUriStem startswith \"/owa/auth/\" | summarize count() by"
                        + " cIP");
        context.println(
                "or on several lines, each | operator on its own line, as the lessons write it:");
        context.println("  W3CIISLog");
        context.println("  | where csUriStem startswith \"/owa/auth/\"");
        context.println("  | summarize count() by cIP");
        context.println(
                "One line runs on Enter; several lines run at an empty line (a paste runs when it");
        context.println(
                "ends). A line that starts with | goes on from the last query. Tab completes");
        context.println(
                "tables, columns, operators and functions. Ctrl-C cancels a running query;");
        context.println("Ctrl-D or .quit leaves.");
        context.println("");
        context.println("Commands:", AttributedStyle.BOLD);
        for (ShellCommand c : context.commands()) {
            context.println(String.format("  %-10s %s", c.name(), c.summary()));
        }
        context.println("");
        context.println(
                "The language is documented in docs/hunt-language.md.",
                AttributedStyle.DEFAULT.faint());
    }
}
