package org.hygiene.lessons.exercise.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hygiene.core.text.LiteralSplitter;

/**
 * A Windows path. Either separator, any case, {@code %Variable%} and {@code $env:Variable}
 * (expanded to their defaults on a standard Exchange server), {@code .} and {@code ..}, doubled and
 * trailing separators all normalise away. The canonical form is lower case, as Windows compares
 * paths without regard to case.
 */
public record WindowsPathAnswer() implements AnswerType {

    /** The default values of the variables an Exchange responder meets, documented for authors. */
    public static final Map<String, String> VARIABLES =
            Map.ofEntries(
                    Map.entry("systemdrive", "C:"),
                    Map.entry("systemroot", "C:\\Windows"),
                    Map.entry("windir", "C:\\Windows"),
                    Map.entry("programfiles", "C:\\Program Files"),
                    Map.entry("programfiles(x86)", "C:\\Program Files (x86)"),
                    Map.entry("programw6432", "C:\\Program Files"),
                    Map.entry("commonprogramfiles", "C:\\Program Files\\Common Files"),
                    Map.entry("programdata", "C:\\ProgramData"),
                    Map.entry("allusersprofile", "C:\\ProgramData"),
                    Map.entry("public", "C:\\Users\\Public"),
                    Map.entry(
                            "exchangeinstallpath",
                            "C:\\Program Files\\Microsoft\\Exchange Server\\V15\\"));

    private static final int MAX_ROUNDS = 8;

    @Override
    public String name() {
        return "path";
    }

    @Override
    public String form() {
        return "a Windows path, such as C:\\inetpub\\wwwroot\\aspnet_client\\shell.aspx";
    }

    @Override
    public Normalized normalize(String raw) {
        Normalized n = read(raw);
        // Quotes round a path with a final separator ('x'\) survive the first unwrap, which saw
        // the separator: read the result again until it reads back as itself. Each round drops a
        // pair of quotes; the bound keeps a hostile answer from costing quadratic time.
        for (int round = 0;
                n instanceof Normalized.Ok ok && !Texts.unwrap(ok.value()).equals(ok.value());
                round++) {
            if (round == MAX_ROUNDS) {
                return Normalized.bad("The path is quoted too many times over.");
            }
            n = read(ok.value());
        }
        return n;
    }

    private static Normalized read(String raw) {
        String s = Texts.unwrap(raw).replace('/', '\\');
        if (s.startsWith("\\\\?\\")) {
            s = s.substring(4);
        }
        StringBuilder expanded = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                int end = s.indexOf('%', i + 1);
                if (end < 0) {
                    return Normalized.bad("The '%' has no closing '%'.");
                }
                String name = s.substring(i + 1, end);
                String value = VARIABLES.get(name.toLowerCase(Locale.ROOT));
                if (value == null) {
                    return Normalized.bad(
                            "%"
                                    + Texts.shorten(name)
                                    + "% has no standard value; write that part out.");
                }
                expanded.append(value).append('\\');
                i = end;
            } else if (s.regionMatches(true, i, "$env:", 0, 5)) {
                int end = i + 5;
                while (end < s.length()
                        && (Character.isLetterOrDigit(s.charAt(end))
                                || s.charAt(end) == '_'
                                || s.charAt(end) == '('
                                || s.charAt(end) == ')')) {
                    end++;
                }
                String name = s.substring(i + 5, end);
                String value = VARIABLES.get(name.toLowerCase(Locale.ROOT));
                if (value == null) {
                    return Normalized.bad(
                            "$env:"
                                    + Texts.shorten(name)
                                    + " has no standard value; write that part out.");
                }
                expanded.append(value).append('\\');
                i = end - 1;
            } else {
                expanded.append(c);
            }
        }
        s = expanded.toString();
        for (char bad : new char[] {'<', '>', '"', '|', '?', '*'}) {
            if (s.indexOf(bad) >= 0) {
                return Normalized.bad(
                        bad == '*' || bad == '?'
                                ? "Give one path, without wildcards."
                                : "A Windows path cannot contain '" + bad + "'.");
            }
        }
        boolean unc = s.startsWith("\\\\");
        String prefix = "";
        String rest = s;
        if (unc) {
            prefix = "\\\\";
            rest = s.substring(2);
        } else if (s.length() >= 2 && s.charAt(1) == ':' && Character.isLetter(s.charAt(0))) {
            prefix = Character.toUpperCase(s.charAt(0)) + ":\\";
            rest = s.substring(2);
        } else if (s.startsWith("\\")) {
            prefix = "\\";
        }
        if (rest.indexOf(':') >= 0) {
            return Normalized.bad("Only the drive letter may be followed by ':'.");
        }
        List<String> parts = new ArrayList<>();
        for (String part : LiteralSplitter.split(rest, '\\')) {
            String p = part.strip();
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
                continue;
            }
            parts.add(p);
        }
        if (prefix.isEmpty() && parts.isEmpty()) {
            return Normalized.bad("The answer is empty.");
        }
        return Normalized.ok((prefix + String.join("\\", parts)).toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<Verdict> nearMiss(String given, List<String> accepted) {
        boolean relative = given.length() < 2 || given.charAt(1) != ':' && !given.startsWith("\\");
        for (String a : accepted) {
            if (relative && a.endsWith("\\" + given)) {
                return Optional.of(
                        Verdict.wrongForm("Give the full path, from the drive letter (C:\\...)."));
            }
        }
        for (String a : accepted) {
            if (fileName(a).equals(fileName(given))) {
                return Optional.of(Verdict.wrong("The right name, but not in that folder."));
            }
        }
        return Optional.empty();
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('\\') + 1);
    }
}
