package org.tidings.cli;

import picocli.CommandLine;

/** Entry point of the {@code tidings} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        configureLogging(args);
        System.exit(commandLine().execute(args));
    }

    /** The configured command tree; tests execute it in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new TidingsCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("tidings: " + ex.getMessage());
            if (Boolean.getBoolean("tidings.verbose")) {
                ex.printStackTrace(cmd.getErr());
            }
            return ExitCodes.FAILURE;
        });
        return cl;
    }

    // slf4j-simple reads its level once, when the first logger is made: set it before anything logs.
    private static void configureLogging(String[] args) {
        String level = "warn";
        for (String a : args) {
            if (a.equals("--verbose") || a.equals("-v")) {
                level = "info";
                System.setProperty("tidings.verbose", "true");
            } else if (a.equals("-vv")) {
                level = "debug";
                System.setProperty("tidings.verbose", "true");
            }
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss");
    }
}
