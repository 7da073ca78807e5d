package org.hygiene.core.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hygiene.core.app.UserException;
import org.hygiene.core.files.AtomicFiles;
import org.hygiene.core.text.JsonText;

/**
 * The learners of one class, kept in {@code roster.json} (schema-versioned, owner-only, written
 * atomically). Join codes are never stored, only their hashes. Loaded once per command; the server
 * reads it again on each sign-in so that learners added while it runs can join.
 */
public final class Roster {
    static final int SCHEMA_VERSION = 1;

    private final Map<String, RosterEntry> learners = new LinkedHashMap<>();

    public Collection<RosterEntry> learners() {
        return learners.values();
    }

    public Optional<RosterEntry> find(String name) {
        return name == null
                ? Optional.empty()
                : Optional.ofNullable(learners.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    public void put(RosterEntry entry) {
        learners.put(entry.name(), entry);
    }

    public boolean isEmpty() {
        return learners.isEmpty();
    }

    /** Read the roster file; an unreadable one is a clear error, never silently replaced. */
    public static Roster load(Path file) {
        Roster roster = new Roster();
        if (!Files.exists(file)) {
            return roster;
        }
        try {
            Map<String, Object> root =
                    JsonText.readObject(Files.readString(file, StandardCharsets.UTF_8));
            Object version = root == null ? null : root.get("schemaVersion");
            if (!(version instanceof Number n)) {
                throw bad(file, "no schemaVersion");
            }
            if (n.intValue() > SCHEMA_VERSION) {
                throw bad(file, "written by a newer Hygiene (schema " + n + ")");
            }
            if (!(root.get("learners") instanceof List<?> list)) {
                throw bad(file, "no learners list");
            }
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> m) || !(m.get("name") instanceof String name)) {
                    throw bad(file, "a learner without a name");
                }
                if (!RosterNames.isValid(name)) {
                    throw bad(file, "an invalid learner name");
                }
                List<String> keys = new ArrayList<>();
                if (m.get("publicKeys") instanceof List<?> ks) {
                    for (Object k : ks) {
                        keys.add(String.valueOf(k));
                    }
                }
                roster.put(
                        new RosterEntry(
                                name.toLowerCase(java.util.Locale.ROOT),
                                m.get("codeHash") instanceof String h ? h : null,
                                keys,
                                instant(m.get("added")),
                                Boolean.TRUE.equals(m.get("trainer"))));
            }
            return roster;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserException u) {
                throw u;
            }
            throw bad(file, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    /** Write the roster atomically, owner-only. */
    public void save(Path file) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        List<Object> list = new ArrayList<>();
        for (RosterEntry e : learners.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.name());
            m.put("codeHash", e.codeHash());
            m.put("publicKeys", e.publicKeys());
            m.put("added", e.added() == null ? null : e.added().toString());
            if (e.trainer()) {
                m.put("trainer", true);
            }
            list.add(m);
        }
        root.put("learners", list);
        AtomicFiles.writeOwnerOnly(file, JsonText.document(root).getBytes(StandardCharsets.UTF_8));
    }

    private static Instant instant(Object value) {
        if (!(value instanceof String s)) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static UserException bad(Path file, String why) {
        return new UserException("the roster " + file + " cannot be read: " + why);
    }
}
