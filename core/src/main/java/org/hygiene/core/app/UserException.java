package org.hygiene.core.app;

/** An error the user can fix: printed as one clear message, exit status 1, no stack trace. */
public final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
