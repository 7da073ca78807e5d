package org.hygiene.core.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hygiene.core.app.AppContext;
import org.hygiene.core.app.UserException;
import org.hygiene.core.classroom.ClassFolder;
import org.hygiene.core.classroom.JoinCodes;
import org.hygiene.core.classroom.LearnerKeys;
import org.hygiene.core.classroom.Roster;
import org.hygiene.core.classroom.RosterEntry;
import org.hygiene.core.classroom.RosterNames;
import org.hygiene.core.text.Sanitizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code hygiene class import NAME FILE}: add a roster from a file of {@code name[,public key]}
 * lines (a spreadsheet's CSV export works; a header line {@code name,...} and {@code #} comments
 * are skipped). Every line is checked first: one bad line changes nothing.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Add the learners listed in FILE, one 'name' or 'name,public key' per line.",
            "Learners without a key get a join code, printed once."
        })
final class ClassImportCommand implements Callable<Integer> {
    private final AppContext context;

    @Parameters(index = "0", paramLabel = "CLASS", description = "The class.")
    String className;

    @Parameters(index = "1", paramLabel = "FILE", description = "The roster file.")
    Path file;

    ClassImportCommand(AppContext context) {
        this.context = context;
    }

    private record Line(String name, String key) {}

    @Override
    public Integer call() throws IOException {
        ClassFolder folder = ClassFolder.existing(context.dataDir(), className);
        List<Line> lines = read(file);
        Roster roster = Roster.load(folder.rosterFile());
        Map<String, String> codes = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Line line : lines) {
            RosterEntry entry = roster.find(line.name).orElse(null);
            if (entry != null && (line.key == null || entry.publicKeys().contains(line.key))) {
                unchanged.add(line.name);
                continue;
            }
            if (entry == null) {
                entry = new RosterEntry(line.name, null, List.of(), context.clock().instant());
            }
            if (line.key != null) {
                entry = entry.withKey(line.key);
            } else {
                String code = JoinCodes.generate();
                entry = entry.withCode(JoinCodes.hash(code));
                codes.put(line.name, code);
            }
            roster.put(entry);
            names.add(line.name);
        }
        roster.save(folder.rosterFile());
        if (!unchanged.isEmpty()) {
            context.out()
                    .println("Already in the class, unchanged: " + String.join(", ", unchanged));
        }
        ClassRosterOutput.printAdded(context.out(), folder.name(), names, codes, false);
        return 0;
    }

    private static List<Line> read(Path file) {
        List<String> text;
        try {
            if (Files.size(file) > 4_000_000) {
                throw new UserException(file + " is too large for a roster");
            }
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("cannot read " + file + ": " + e.getMessage());
        }
        List<Line> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String raw = text.get(i).strip();
            if (i == 0 && raw.startsWith("\uFEFF")) {
                raw = raw.substring(1);
            }
            if (raw.isEmpty() || raw.startsWith("#")) {
                continue;
            }
            int comma = raw.indexOf(',');
            String name = unquote(comma < 0 ? raw : raw.substring(0, comma));
            String key = comma < 0 ? null : unquote(raw.substring(comma + 1));
            if (key != null && key.isEmpty()) {
                key = null;
            }
            if (lines.isEmpty() && problems.isEmpty() && name.equalsIgnoreCase("name")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            if (!RosterNames.isValid(name)) {
                problems.add(where + "'" + Sanitizer.clean(name) + "' is not a valid learner name");
                continue;
            }
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (seen.contains(lower)) {
                problems.add(where + "'" + lower + "' is listed twice");
                continue;
            }
            seen.add(lower);
            if (key != null && LearnerKeys.parse(key).isEmpty()) {
                problems.add(where + "not an OpenSSH public key for '" + lower + "'");
                continue;
            }
            lines.add(new Line(lower, key));
        }
        if (!problems.isEmpty()) {
            throw new UserException("nothing imported:\n  " + String.join("\n  ", problems));
        }
        if (lines.isEmpty()) {
            throw new UserException("no learners in " + file);
        }
        return lines;
    }

    private static String unquote(String field) {
        String s = field.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\"\"", "\"").strip();
        }
        return s;
    }
}
