package org.tidings.cli;

/** The exit codes of every command: documented in {@code tidings --help}. */
public final class ExitCodes {

    /** Everything went fine. */
    public static final int OK = 0;
    /** The command ran, but some inputs failed (each was reported with its file and place). */
    public static final int FAILURE = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
