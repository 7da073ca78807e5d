package org.hygiene.core.handout;

import org.hygiene.core.markdown.HandoutHtml;

/**
 * The frame of every handout page: one self-contained HTML file with its own styles (no fonts,
 * scripts or CDNs), readable on screen and on paper, where each unit starts a printed page.
 */
final class HandoutPage {
    private static final String STYLE =
            """
            body { font-family: Georgia, 'Times New Roman', serif; line-height: 1.5;
                   max-width: 46em; margin: 2em auto; padding: 0 1em; color: #111; }
            h1, h2, h3 { font-family: 'Helvetica Neue', Arial, sans-serif; line-height: 1.2; }
            code, pre { font-family: 'DejaVu Sans Mono', Consolas, monospace; font-size: 0.9em; }
            pre { background: #f4f4f4; padding: 0.6em; overflow-x: auto; white-space: pre-wrap;
                  word-break: break-all; }
            table { border-collapse: collapse; } th, td { border: 1px solid #999; padding: 0.2em 0.5em; }
            blockquote { border-left: 4px solid #999; margin-left: 0; padding-left: 1em; }
            .alert { border-left: 4px solid #36c; background: #eef3fb; padding: 0.3em 1em; margin: 1em 0; }
            .alert-warning, .alert-caution { border-color: #c60; background: #fbf1e6; }
            .alert-title { font-weight: bold; margin: 0.3em 0; }
            .ioc { font-family: monospace; background: #fde; }
            .image { font-style: italic; }
            .warning { font-weight: bold; color: #900; }
            nav { font-family: sans-serif; font-size: 0.9em; margin-bottom: 1em; }
            @media print {
              body { max-width: none; margin: 0; }
              .noprint, nav { display: none; }
              section.unit { break-before: page; page-break-before: always; }
              section.unit:first-of-type { break-before: auto; page-break-before: auto; }
              pre, table, blockquote, .alert { break-inside: avoid; }
            }
            """;

    private HandoutPage() {}

    static String page(String title, String nav, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>"
                + HandoutHtml.escape(title)
                + "</title>\n<style>\n"
                + STYLE
                + "</style>\n</head>\n<body>\n"
                + nav
                + body
                + "</body>\n</html>\n";
    }
}
