package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.store.Store;

/** The query commands over a Parquet output, with the global --parquet: what they print over the store itself. */
class ParquetCommandsTest {

    @TempDir
    Path dir;

    @Test
    void queryCommandsReadAParquetOutputAsTheyReadTheStore() {
        Path data = dir.resolve("data");
        Path parquet = dir.resolve("parquet");
        StoreCommandsFixture.build(data, false);
        try (Store store = Store.openReadOnly(data)) {
            store.exportParquet(parquet);
        }
        String[][] commands = {{"stats"}, {"articles", "--format", "jsonl"}, {"events", "--format", "jsonl"},
                {"show", StoreCommandsFixture.summonsId()}, {"events", "--country", "RUS", "--format", "csv"}};
        for (String[] command : commands) {
            CliRun fromStore = CliRun.of(concat(new String[] {"--data", data.toString()}, command));
            CliRun fromParquet = CliRun.of(concat(new String[] {"--parquet", parquet.toString()}, command));
            assertEquals(0, fromParquet.exitCode(), String.join(" ", command) + ": " + fromParquet.err());
            assertEquals(withoutWhere(fromStore.out()), withoutWhere(fromParquet.out()), String.join(" ", command));
        }
        String stats = CliRun.of("--parquet", parquet.toString(), "stats").out();
        assertTrue(stats.contains("articles        3\n"), stats);
        assertTrue(stats.startsWith("store           " + parquet + " (Parquet, read-only)\n"), stats);
    }

    @Test
    void searchNeedsADataDirectoryAndAMissingOutputIsNamed() {
        CliRun search = CliRun.of("--parquet", dir.toString(), "search", "rain");
        assertEquals(1, search.exitCode());
        assertTrue(search.err().contains("tidings serve --parquet"), search.err());
        CliRun none = CliRun.of("--parquet", dir.resolve("nothing").toString(), "stats");
        assertEquals(1, none.exitCode());
        assertTrue(none.err().contains("no Parquet store in"), none.err());
        CliRun serve = CliRun.of("serve", "--parquet", dir.resolve("nothing").toString(), "--port", "0");
        assertEquals(1, serve.exitCode());
        assertTrue(serve.err().contains("no Parquet store in"), serve.err());
    }

    // Where the store is differs, by design.
    private static String withoutWhere(String out) {
        return out.replaceFirst("^store +[^\n]*\n", "");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
