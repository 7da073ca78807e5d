package org.hygiene.core.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.app.UserException;
import org.hygiene.core.course.CourseLoader;
import org.hygiene.core.course.FrontMatterParser;
import org.hygiene.core.course.Problem;
import org.hygiene.core.markdown.Hyperlinks;
import org.hygiene.core.markdown.RenderOptions;
import org.hygiene.core.markdown.Rendered;
import org.hygiene.core.markdown.TerminalMarkdown;
import org.hygiene.core.screen.FullScreen;
import org.hygiene.core.screen.Pager;
import org.hygiene.core.spi.CommandModels;
import org.hygiene.core.text.Sanitizer;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code hygiene render FILE.md}: show a Markdown file exactly as learners will see it. */
final class RenderCommand implements Callable<Integer> {
    private final AppContext context;
    private Path file;
    private Integer width;
    private boolean pager;

    private RenderCommand(AppContext context) {
        this.context = context;
    }

    /**
     * The command's picocli model, built in code (see {@link CommandModels}): {@code render} is
     * what authors run over and over while writing.
     */
    static CommandSpec spec(AppContext context) {
        RenderCommand command = new RenderCommand(context);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name("render");
        spec.usageMessage()
                .description(
                        "Print a Markdown file as learners will see it: styled on a terminal, plain"
                                + " text (no escape codes) when piped or with --plain. Front"
                                + " matter is left out.",
                        "Problems with the front matter go to standard error and the exit status"
                                + " is 1; the file is still shown (all of it when its front"
                                + " matter is not closed).");
        CommandModels.addStandardHelp(spec);
        spec.addPositional(
                PositionalParamSpec.builder()
                        .index("0")
                        .arity("1")
                        .required(true)
                        .paramLabel("FILE")
                        .type(Path.class)
                        .hasInitialValue(false)
                        .description("The Markdown file to show.")
                        .setter(CommandModels.setter(Path.class, file -> command.file = file))
                        .build());
        spec.addOption(
                OptionSpec.builder("--width")
                        .paramLabel("N")
                        .type(Integer.class)
                        .hasInitialValue(false)
                        .description(
                                "Wrap to N columns (20 to 1000; default: the terminal's width, or"
                                        + " 80).")
                        .setter(CommandModels.setter(Integer.class, n -> command.width = n))
                        .build());
        spec.addOption(
                OptionSpec.builder("--pager")
                        .type(boolean.class)
                        .hasInitialValue(false)
                        .description("Page through it as a lesson (less-like keys; h lists them).")
                        .setter(CommandModels.setter(Boolean.class, on -> command.pager = on))
                        .build());
        return spec;
    }

    @Override
    public Integer call() {
        if (width != null && (width < RenderOptions.MIN_WIDTH || width > 1000)) {
            throw new UserException("--width must be between 20 and 1000, not " + width);
        }
        String text = read(file);
        FrontMatterParser.Result parsed = FrontMatterParser.parse(file.toString(), text);
        for (Problem p : parsed.problems()) {
            context.err().println("hygiene: " + Sanitizer.clean(p.toString()));
        }
        context.err().flush();
        // A preview shows what is there even when the file is wrong; the exit status says so.
        int status = parsed.problems().stream().anyMatch(Problem::isError) ? 1 : 0;
        String body = parsed.unclosed() ? text : parsed.body();
        String title = parsed.frontMatter().get("title").orElse(String.valueOf(file.getFileName()));
        boolean styled = context.interactive();
        PrintWriter out = context.out();
        if (!styled) {
            int w = width != null ? width : 80;
            for (var line : TerminalMarkdown.plain(w).render(body)) {
                out.println(line.toString());
            }
            out.flush();
            return status;
        }
        Terminal terminal = context.terminal();
        boolean links = Hyperlinks.supported(context.io().env());
        RenderOptions options =
                new RenderOptions(
                        width != null ? width : terminal.getWidth(), context.theme(), false, links);
        if (pager) {
            // OSC 8 cannot pass through the pager's screen updates; URLs are shown instead.
            Pager p =
                    Pager.forDocument(
                            context.theme(),
                            title,
                            w ->
                                    new TerminalMarkdown(
                                                    options.withWidth(width != null ? width : w)
                                                            .withHyperlinks(false))
                                            .renderDocument(body));
            try (FullScreen screen = new FullScreen(terminal)) {
                p.show(screen, 0);
            }
            return status;
        }
        Rendered rendered = new TerminalMarkdown(options).renderDocument(body);
        // Our own styles and OSC 8 links around text the renderer has already cleaned: the one
        // output that bypasses the cleaning writer.
        PrintWriter styledOut = context.io().out();
        out.flush();
        for (int i = 0; i < rendered.lines().size(); i++) {
            styledOut.println(Hyperlinks.toAnsi(rendered, i, terminal));
        }
        styledOut.flush();
        return status;
    }

    private static String read(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new UserException(file + " is a folder; give a Markdown file");
            }
            if (Files.size(file) > CourseLoader.MAX_FILE_BYTES) {
                throw new UserException(
                        "cannot show "
                                + file
                                + ": "
                                + new CourseLoader.TooLargeException(Files.size(file))
                                        .getMessage());
            }
            // Invalid UTF-8 becomes U+FFFD rather than an error: the author sees where it is.
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserException("no such file: " + file);
        } catch (IOException e) {
            throw new UserException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
