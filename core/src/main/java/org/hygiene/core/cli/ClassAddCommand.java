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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hygiene class add NAME LEARNER... [--key FILE]}: add learners, print their codes once. */
@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = {
            "Add learners to a class.",
            "Each gets a join code, printed once and stored only as a salted hash; with --key,"
                    + " the learner signs in with that OpenSSH public key instead."
        })
final class ClassAddCommand implements Callable<Integer> {
    private final AppContext context;

    @Parameters(index = "0", paramLabel = "CLASS", description = "The class.")
    String className;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "LEARNER", description = "Names.")
    List<String> learners;

    @Option(
            names = "--key",
            paramLabel = "FILE",
            description = "An OpenSSH public key file (e.g. alice.pub) for the learner.")
    Path key;

    @Option(
            names = "--trainer",
            description =
                    "Mark them as trainers: signing in opens the trainer's console (the live room,"
                            + " pacing, the room quiz, reports) instead of the course.")
    boolean trainer;

    @Option(
            names = "--new-code",
            description =
                    "Give learners already in the class a new code (the old one stops working).")
    boolean newCode;

    ClassAddCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        ClassFolder folder = ClassFolder.existing(context.dataDir(), className);
        String keyLine = key == null ? null : readKey(key);
        if (keyLine != null && learners.size() != 1) {
            throw new UserException("--key goes with exactly one learner");
        }
        Roster roster = Roster.load(folder.rosterFile());
        List<String> names = new ArrayList<>();
        for (String learner : learners) {
            String name = RosterNames.require(learner, "learner");
            if (roster.find(name).isPresent() && keyLine == null && !newCode && !trainer) {
                throw new UserException(
                        "'"
                                + name
                                + "' is already in class '"
                                + folder.name()
                                + "' (use --new-code to give them a new code); nothing changed");
            }
            if (names.contains(name)) {
                throw new UserException("'" + name + "' is named twice; nothing changed");
            }
            names.add(name);
        }
        Map<String, String> codes = new LinkedHashMap<>();
        for (String name : names) {
            RosterEntry entry =
                    roster.find(name)
                            .orElse(
                                    new RosterEntry(
                                            name, null, List.of(), context.clock().instant()));
            boolean known = roster.find(name).isPresent();
            if (trainer) {
                entry = entry.withTrainer(true);
            }
            if (keyLine != null) {
                entry = entry.withKey(keyLine);
            } else if (known && trainer && !newCode) {
                // Marking a learner already in the class as a trainer keeps their code.
            } else {
                String code = JoinCodes.generate();
                entry = entry.withCode(JoinCodes.hash(code));
                codes.put(name, code);
            }
            roster.put(entry);
        }
        roster.save(folder.rosterFile());
        ClassRosterOutput.printAdded(context.out(), folder.name(), names, codes, keyLine != null);
        if (trainer) {
            context.out()
                    .println("Marked as trainer: signing in over SSH opens the trainer's console.");
        }
        return 0;
    }

    /** The key's single line, checked to be a public key (never a private key). */
    static String readKey(Path file) {
        String text;
        try {
            if (Files.size(file) > 16_384) {
                throw new UserException(file + " is too large to be a public key");
            }
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UserException("cannot read the key file " + file + ": " + e.getMessage());
        }
        if (text.contains("PRIVATE KEY")) {
            throw new UserException(
                    file + " is a private key; give the learner's public key (the .pub file)");
        }
        String line = text.lines().findFirst().orElse("");
        if (LearnerKeys.parse(line).isEmpty()) {
            throw new UserException(
                    file + " is not an OpenSSH public key (expected e.g. 'ssh-ed25519 AAAA...')");
        }
        return line;
    }
}
