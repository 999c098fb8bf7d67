package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void refusesToServeBeyondLoopbackWithoutAToken() {
        // With TIDINGS_TOKEN set the server would start and serve until stopped.
        assumeTrue(System.getenv("TIDINGS_TOKEN") == null, "TIDINGS_TOKEN is set");
        CliRun run = CliRun.of("--data", dir.toString(), "serve", "--bind", "0.0.0.0", "--port", "0");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("refusing to listen on 0.0.0.0 without a token"), run.err());
        assertFalse(Files.exists(dir.resolve("tidings.duckdb")), "the store is not even opened");
    }

    @Test
    void helpNamesTheOptions() {
        CliRun run = CliRun.of("serve", "--help");
        assertEquals(0, run.exitCode());
        for (String option : new String[] {"--port", "--bind", "--token", "--max-upload"}) {
            assertTrue(run.out().contains(option), run.out());
        }
    }
}
