package org.tidings.store;

/** Another process has the store open for writing (DuckDB allows one writer, or readers only). */
public class StoreLockedException extends StoreException {

    public StoreLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
