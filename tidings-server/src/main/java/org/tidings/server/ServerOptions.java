package org.tidings.server;

import java.nio.file.Path;

/**
 * How to run the server.
 *
 * @param dataDir        the data directory of the store
 * @param bind           the address to listen on ("127.0.0.1"); any non-loopback address needs a token
 * @param port           the port, 0 for any free one
 * @param token          the access token, or null: then reads are open (loopback only) and writes take a token
 *                       made at start
 * @param maxUploadBytes the largest request body accepted (larger ones get 413)
 * @param parquet        whether {@code dataDir} is a Parquet output (tidings-spark's, or a store's Parquet export),
 *                       served read-only
 */
public record ServerOptions(Path dataDir, String bind, int port, String token, long maxUploadBytes, boolean parquet) {

    public static final long DEFAULT_MAX_UPLOAD = 20L * 1024 * 1024;

    public ServerOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (maxUploadBytes <= 0) {
            throw new IllegalArgumentException("the upload limit must be positive");
        }
        token = token == null || token.isBlank() ? null : token.strip();
    }

    /** Options for a store's data directory. */
    public ServerOptions(Path dataDir, String bind, int port, String token, long maxUploadBytes) {
        this(dataDir, bind, port, token, maxUploadBytes, false);
    }

    public static ServerOptions local(Path dataDir, int port) {
        return new ServerOptions(dataDir, "127.0.0.1", port, null, DEFAULT_MAX_UPLOAD);
    }

    public ServerOptions withToken(String value) {
        return new ServerOptions(dataDir, bind, port, value, maxUploadBytes, parquet);
    }

    public ServerOptions withBind(String address) {
        return new ServerOptions(dataDir, address, port, token, maxUploadBytes, parquet);
    }

    public ServerOptions withMaxUpload(long bytes) {
        return new ServerOptions(dataDir, bind, port, token, bytes, parquet);
    }

    /** The same options over the Parquet output in {@code dir}, read-only. */
    public ServerOptions withParquet(Path dir) {
        return new ServerOptions(dir, bind, port, token, maxUploadBytes, true);
    }
}
