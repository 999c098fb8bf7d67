package org.tidings.cli;

import java.nio.file.Path;

/**
 * Whatever knows the data directory: the top command with its global {@code --data DIR} option implements this,
 * and the store commands ask their parent command for it.
 */
public interface DataDirProvider {

    Path dataDir();

    /** A Parquet output to read instead of the data directory's store (read-only), or null. */
    default Path parquetDir() {
        return null;
    }
}
