package org.hygiene.core.markdown.highlight;

import java.util.Locale;
import java.util.Optional;

/** The languages a fenced code block may name, with their aliases. */
public final class Highlighters {
    private static final Highlighter POWERSHELL =
            new ScriptHighlighter(ScriptHighlighter.Dialect.POWERSHELL);
    private static final Highlighter KQL = new ScriptHighlighter(ScriptHighlighter.Dialect.KQL);
    private static final Highlighter JSON = new JsonHighlighter();
    private static final Highlighter XML = new XmlHighlighter();
    private static final Highlighter CSV = new CsvHighlighter();
    private static final Highlighter LOG = new LogHighlighter();

    private Highlighters() {}

    /** The language named by a fence's info string ({@code ```ps1 title} gives {@code ps1}). */
    public static String language(String info) {
        if (info == null) {
            return "";
        }
        String s = info.strip();
        int space = 0;
        while (space < s.length()
                && !Character.isWhitespace(s.charAt(space))
                && s.charAt(space) != '{') {
            space++;
        }
        return s.substring(0, space).toLowerCase(Locale.ROOT);
    }

    /** The highlighter for a language name or alias, if it is one we colour. */
    public static Optional<Highlighter> forLanguage(String language) {
        return Optional.ofNullable(
                switch (language.toLowerCase(Locale.ROOT)) {
                    case "powershell", "pwsh", "ps", "ps1", "posh" -> POWERSHELL;
                    case "kql", "kusto" -> KQL;
                    case "json", "jsonc" -> JSON;
                    case "xml", "html", "config", "xaml", "aspx" -> XML;
                    case "csv" -> CSV;
                    case "log", "text", "txt", "plaintext", "iis", "w3c" -> LOG;
                    default -> null;
                });
    }
}
