package org.tidings.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.tidings.store.Store;
import org.tidings.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the commands that read a store share: the data directory, the output streams, clean error messages.
 * The data directory is, in order: one given with {@link #setDataDir(Path)}, the parent command's when it is a
 * {@link DataDirProvider}, the value of an inherited {@code --data} option, or {@code ./tidings-data}.
 * None of these commands loads the NLP pipeline.
 */
public abstract class StoreCommand implements Callable<Integer> {

    public static final Path DEFAULT_DATA_DIR = Path.of("tidings-data");

    @Spec
    CommandSpec spec;

    private Path dataDir;

    public void setDataDir(Path dir) {
        this.dataDir = dir;
    }

    public Path dataDir() {
        if (dataDir != null) {
            return dataDir;
        }
        if (spec != null) {
            if (spec.parent() != null && spec.parent().userObject() instanceof DataDirProvider p && p.dataDir() != null) {
                return p.dataDir();
            }
            CommandLine.Model.OptionSpec option = spec.findOption("--data");
            if (option != null && option.getValue() != null) {
                return Path.of(String.valueOf(option.getValue()));
            }
        }
        return DEFAULT_DATA_DIR;
    }

    @Override
    public final Integer call() throws Exception {
        try {
            return run();
        } catch (StoreException e) {
            err().println("tidings " + spec.name() + ": " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            err().println("tidings " + spec.name() + ": " + e.getMessage());
            return 1;
        } finally {
            out().flush();
            err().flush();
        }
    }

    /** Does the work; returns the exit code (0 fine, 1 failed). */
    protected abstract int run() throws Exception;

    /** The Parquet output given with the top command's {@code --parquet}, or null. */
    Path parquetDir() {
        if (spec != null && spec.parent() != null && spec.parent().userObject() instanceof DataDirProvider p) {
            return p.parquetDir();
        }
        return null;
    }

    Store openStore() {
        Path parquet = parquetDir();
        return parquet != null ? Store.openParquet(parquet) : Store.openReadOnly(dataDir());
    }

    /** Refuses a command that needs a data directory of its own (the search index) when reading Parquet. */
    void needsDataDirectory() {
        if (parquetDir() != null) {
            throw new IllegalArgumentException("works on a data directory's search index, which a Parquet output has "
                    + "not; use tidings serve --parquet to search it");
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** --from: YYYY-MM-DD, or YYYY-MM / YYYY for the first day of that month or year. */
    static final class FirstDay implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return day(value, true);
        }
    }

    /** --to: YYYY-MM-DD, or YYYY-MM / YYYY for the last day of that month or year. */
    static final class LastDay implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return day(value, false);
        }
    }

    static LocalDate day(String value, boolean first) {
        String v = value.strip();
        try {
            if (v.matches("\\d{4}")) {
                int year = Integer.parseInt(v);
                return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(v);
                return first ? ym.atDay(1) : ym.atEndOfMonth();
            }
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        }
    }
}
