package org.hygiene.core.markdown;

import java.util.Optional;
import org.hygiene.core.markdown.highlight.HighlightKind;
import org.hygiene.core.markdown.highlight.Highlighter;
import org.hygiene.core.markdown.highlight.Highlighters;
import org.hygiene.core.text.Sanitizer;
import org.hygiene.core.text.Wrap;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Draw code blocks and raw HTML blocks verbatim, never re-flowed. A line too long for the width is
 * broken (at a space or separator when one is near, else between characters) and the break is
 * always marked: {@code ↩} at the end and {@code ↪} at the start of the continuation ({@code \} in
 * plain mode), so nobody copies a wrapped command believing it is two.
 */
final class CodeBlockRenderer {
    private final MarkdownStyles st;
    private final Glyphs glyphs;
    private final boolean plain;
    private final Canvas canvas;

    CodeBlockRenderer(RenderContext ctx, Canvas canvas) {
        this.st = ctx.styles();
        this.glyphs = ctx.glyphs();
        this.plain = ctx.options().plain();
        this.canvas = canvas;
    }

    void render(String literal, String info) {
        String language = Highlighters.language(info);
        String code = Sanitizer.cleanKeepingNewlines(trimFinalNewline(literal));
        Optional<Highlighter> highlighter =
                plain ? Optional.empty() : Highlighters.forLanguage(language);
        AttributedString styled =
                highlighter
                        .map(h -> colour(code, h.classify(code)))
                        .orElseGet(() -> new AttributedString(code, st.code()));
        canvas.blank();
        if (plain) {
            canvas.line(
                    new AttributedString(
                            language.isEmpty()
                                    ? "[code]"
                                    : "[code: " + Sanitizer.clean(language) + "]"));
        } else if (!language.isEmpty()) {
            canvas.line(
                    new AttributedStringBuilder()
                            .append(glyphs.codeBar(), st.faint())
                            .append(Sanitizer.clean(language), st.faint().italic())
                            .toAttributedString());
        }
        lines(styled);
        if (plain) {
            canvas.line(new AttributedString("[end of code]"));
        }
    }

    /** Raw HTML is shown as the text it is, never interpreted. */
    void html(String literal) {
        String code = Sanitizer.cleanKeepingNewlines(trimFinalNewline(literal));
        canvas.blank();
        lines(new AttributedString(code, st.html()));
    }

    private static String trimFinalNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private AttributedString colour(String code, HighlightKind[] kinds) {
        AttributedStringBuilder b = new AttributedStringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            int j = i + 1;
            while (j < code.length() && kinds[j] == kinds[i]) {
                j++;
            }
            b.append(code.substring(i, j), style(kinds[i]));
            i = j;
        }
        return b.toAttributedString();
    }

    private AttributedStyle style(HighlightKind kind) {
        return switch (kind) {
            case KEYWORD -> st.keyword();
            case STRING -> st.string();
            case NUMBER -> st.number();
            case COMMENT -> st.comment();
            case FUNCTION -> st.function();
            case VARIABLE -> st.variable();
            case ATTRIBUTE -> st.attribute();
            case PUNCTUATION -> st.punctuation();
            case PLAIN -> AttributedStyle.DEFAULT;
        };
    }

    private void lines(AttributedString code) {
        AttributedString bar = new AttributedString(glyphs.codeBar(), st.faint());
        canvas.push(bar);
        String s = code.toString();
        int start = 0;
        while (start <= s.length()) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl;
            line(code.subSequence(start, end));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        canvas.pop();
    }

    private void line(AttributedString line) {
        int avail = canvas.available();
        AttributedString marker = new AttributedString(glyphs.continuedAt(), st.faint());
        AttributedString cont = new AttributedString(glyphs.continuation(), st.faint());
        boolean first = true;
        AttributedString rest = line;
        while (true) {
            AttributedString lead = first ? AttributedString.EMPTY : cont;
            int room = avail - lead.columnLength();
            if (fits(rest, room)) {
                canvas.line(join(lead, rest, null));
                return;
            }
            int cut = breakAt(rest, Math.max(1, room - marker.columnLength() - 1));
            canvas.line(join(lead, rest.subSequence(0, cut), marker));
            rest = rest.subSequence(cut, rest.length());
            first = false;
        }
    }

    private static AttributedString join(
            AttributedString lead, AttributedString body, AttributedString marker) {
        AttributedStringBuilder b = new AttributedStringBuilder().append(lead).append(body);
        if (marker != null) {
            b.append(' ').append(marker);
        }
        return b.toAttributedString();
    }

    /** Whether {@code s} fits in {@code room} cells; stops early, so long lines stay cheap. */
    private static boolean fits(CharSequence s, int room) {
        int cols = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            cols += Wrap.cells(cp);
            if (cols > room) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** The index to break at so the piece fits {@code room} cells; prefers a nearby separator. */
    private static int breakAt(CharSequence s, int room) {
        int cols = 0;
        int fit = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            int w = Wrap.cells(cp);
            if (cols + w > room && i > 0) {
                break;
            }
            cols += w;
            i += Character.charCount(cp);
            fit = i;
        }
        // Break after a separator in the last third: spaces and commas first, then path parts.
        for (String separators : new String[] {" ,;|&", "/\\"}) {
            for (int i = fit; i > fit * 2 / 3 && i > 0; i--) {
                if (separators.indexOf(s.charAt(i - 1)) >= 0) {
                    return i;
                }
            }
        }
        return Math.max(1, fit);
    }
}
