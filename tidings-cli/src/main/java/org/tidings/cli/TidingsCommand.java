package org.tidings.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;

/** The top command: global options, and the list of commands. */
@Command(name = "tidings",
        mixinStandardHelpOptions = true,
        version = "tidings 0.1.0",
        description = "Turns news into event data: who did what to whom, when, where, according to whom.",
        subcommands = {
                HelpCommand.class,
                IngestCommand.class,
                WatchCommand.class,
                SearchCommand.class,
                ArticlesCommand.class,
                ShowCommand.class,
                EventsCommand.class,
                EventCommand.class,
                ExportCommand.class,
                ServeCommand.class,
                StatsCommand.class,
                ReindexCommand.class,
                CodeCommand.class,
                ActorsCommand.class,
                ExtractCommand.class,
                TimexCommand.class,
                BenchCommand.class,
                EvalCommand.class,
                ExplainCommand.class,
        },
        footerHeading = "%nExit codes:%n",
        footer = {"  0  all fine", "  1  some inputs failed (each reported with its file and place)", "  2  usage error"})
public final class TidingsCommand implements DataDirProvider {

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of("tidings-data");

    @Option(names = "--parquet", paramLabel = "DIR", description = "Read the tables of a Parquet output (tidings-spark's "
            + "job, or a store's Parquet export) instead of the data directory; read-only.")
    Path parquetDir;

    // Read by Main before picocli runs (logging is configured first); declared here for parsing and help.
    @Option(names = {"-v", "--verbose"}, description = "Log progress and decisions to stderr (-vv: debug).")
    boolean[] verbosity = new boolean[0];

    @Override
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public Path parquetDir() {
        return parquetDir;
    }
}
