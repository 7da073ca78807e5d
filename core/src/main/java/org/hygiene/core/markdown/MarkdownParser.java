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

    private static final Parser PARSER =
            Parser.builder()
                    .extensions(EXTENSIONS)
                    .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                    .build();

    private MarkdownParser() {}

    /** Parse Markdown; never throws, whatever the input. */
    public static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }
}
