package org.hygiene.core.classroom;

import java.util.Locale;
import org.hygiene.core.app.UserException;

/**
 * Check class and learner names. Both become folder and file names and SSH user names, so they are
 * kept to a small, safe alphabet: letters, digits, dot, dash and underscore, 1 to 32 characters,
 * not starting with a dot or dash.
 */
public final class RosterNames {
    static final int MAX_LENGTH = 32;

    private RosterNames() {}

    /** Whether {@code name} may name a class or a learner. */
    public static boolean isValid(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_LENGTH) {
            return false;
        }
        char first = name.charAt(0);
        if (first == '.' || first == '-') {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok =
                    (c >= 'a' && c <= 'z')
                            || (c >= 'A' && c <= 'Z')
                            || (c >= '0' && c <= '9')
                            || c == '.'
                            || c == '-'
                            || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Return the name in lower case, or fail with a message saying what is allowed. */
    public static String require(String name, String what) {
        if (!isValid(name)) {
            throw new UserException(
                    "'"
                            + org.hygiene.core.text.Sanitizer.clean(String.valueOf(name))
                            + "' is not a valid "
                            + what
                            + " name: use 1 to "
                            + MAX_LENGTH
                            + " letters, digits, '.', '-' or '_', not starting with '.' or '-'");
        }
        return name.toLowerCase(Locale.ROOT);
    }
}
