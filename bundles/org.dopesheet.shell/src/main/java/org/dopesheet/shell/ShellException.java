package org.dopesheet.shell;

/**
 * A shell command could not do what was asked: no current document, no document format for a
 * file, a timeout while waiting for operators, a malformed argument. The message says what to do.
 */
public class ShellException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with a message for the user. */
    public ShellException(String message) {
        super(message);
    }

    /** An error with a message for the user and its cause. */
    public ShellException(String message, Throwable cause) {
        super(message, cause);
    }
}
