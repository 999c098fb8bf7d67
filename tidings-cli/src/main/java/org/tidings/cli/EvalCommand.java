package org.tidings.cli;

import picocli.CommandLine.Command;

/** Groups the evaluations against gold data: {@code tidings eval events|timex|extract ...}. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score Tidings against gold data.",
        subcommands = {EvalEventsCommand.class, EvalTimexCommand.class, EvalExtractCommand.class})
public final class EvalCommand {
}
