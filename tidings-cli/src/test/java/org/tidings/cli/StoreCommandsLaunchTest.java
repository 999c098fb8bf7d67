package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The query commands as a user runs them: a fresh JVM each, which must never load the NLP pipeline. */
class StoreCommandsLaunchTest {

    @TempDir
    Path dir;

    /** A stand-in for the main command: the global --data option and the store commands. */
    @Command(name = "tidings", subcommands = {ArticlesCommand.class, SearchCommand.class, ShowCommand.class,
            StatsCommand.class, ReindexCommand.class, EventsCommand.class})
    public static final class Launcher implements DataDirProvider {
        @Option(names = "--data", scope = CommandLine.ScopeType.INHERIT)
        Path data = Path.of("tidings-data");

        @Override
        public Path dataDir() {
            return data;
        }

        public static void main(String[] args) {
            System.exit(new CommandLine(new Launcher()).execute(args));
        }
    }

    @Test
    void queryCommandsNeverLoadCoreNlp() throws Exception {
        StoreCommandsFixture.build(dir, true);
        for (List<String> args : List.of(List.of("events", "--format", "jsonl"), List.of("search", "ambassador"),
                List.of("show", StoreCommandsFixture.summonsId()), List.of("stats"))) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-verbose:class", "-cp",
                    System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                    Launcher.class.getName(), "--data", dir.toString()));
            command.addAll(args);
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("org.tidings.store.Store "), "the store was used: " + args);
            assertFalse(out.contains("edu.stanford.nlp"), "CoreNLP loaded by " + args);
            System.err.println("tidings " + String.join(" ", args) + ": " + millis + " ms (with -verbose:class)");
        }
    }
}
