package org.hygiene.core.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** The one Markdown dialect of course content: CommonMark plus the GFM extensions authors use. */
public final class MarkdownParser {
    public static final List<Extension> EXTENSIONS =
            List.of(
                    TablesExtension.create(),
                    StrikethroughExtension.create(),
                    FootnotesExtension.create(),
                    TaskListItemsExtension.create());

    /** Built on first use: a screen never needs it. */
    private static final class Full {
        static final Parser PARSER = parser(IncludeSourceSpans.BLOCKS_AND_INLINES);
    }

    /** Screens only map blocks back to source lines; inline spans cost a tenth of a cold parse. */
    private static final class Blocks {
        static final Parser PARSER = parser(IncludeSourceSpans.BLOCKS);
    }

    private MarkdownParser() {}

    /**
     * Parse Markdown with the position of every block and inline (a link's column, for the
     * validator); never throws, whatever the input.
     */
    public static Node parse(String markdown) {
        return Full.PARSER.parse(markdown);
    }

    /** Parse Markdown to show it: positions of blocks only. Never throws, whatever the input. */
    static Node parseToShow(String markdown) {
        return Blocks.PARSER.parse(markdown);
    }

    private static Parser parser(IncludeSourceSpans spans) {
        return Parser.builder().extensions(EXTENSIONS).includeSourceSpans(spans).build();
    }
}
