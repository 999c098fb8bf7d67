package org.tidings.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tidings.server.ServerOptions;
import org.tidings.server.TidingsServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tidings serve}: the HTTP API and web pages over the store, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store over HTTP: a JSON API (OpenAPI at /openapi.json, docs at /docs.html) and web "
                + "pages for search, events, articles, timelines, dyads, the actor network and ingest; and it polls the "
                + "feeds of the watches registered through /api/watches.",
                "The server is the store's one writer while it runs. Loopback only unless a token is given; "
                + "uploads always need the token."})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    TidingsCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}). "
            + "Any non-loopback address needs --token, and then every request needs it.")
    String bind = "127.0.0.1";

    @Option(names = "--token", paramLabel = "TOKEN", description = "Access token (default: env TIDINGS_TOKEN; "
            + "without one, a token for uploads is made and printed).")
    String token;

    @Option(names = "--parquet", paramLabel = "DIR", description = "Serve the tables of a Parquet output (tidings-spark's "
            + "job, or a store's Parquet export) read-only, instead of the data directory's store.")
    Path parquet;

    @Option(names = "--max-upload", paramLabel = "BYTES", description = "Largest request body (default: ${DEFAULT-VALUE}).")
    long maxUpload = ServerOptions.DEFAULT_MAX_UPLOAD;

    @Override
    public Integer call() throws Exception {
        String t = token != null ? token : System.getenv("TIDINGS_TOKEN");
        ServerOptions options = new ServerOptions(root.dataDir(), bind, port, t, maxUpload);
        Path parquetDir = parquet != null ? parquet : root.parquetDir();
        if (parquetDir != null) {
            options = options.withParquet(parquetDir);
        }
        PrintWriter err = spec.commandLine().getErr();
        TidingsServer server;
        try {
            server = TidingsServer.start(options);
        } catch (IllegalArgumentException e) {
            err.println("tidings: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        } catch (org.tidings.store.StoreException e) {
            err.println("tidings serve: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILURE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "stop-server"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Serving " + options.dataDir() + (options.parquet() ? " (Parquet, read-only)" : "") + " at " + server.url() + " (API docs: " + server.url() + "docs.html)");
        if (t == null && !options.parquet()) {
            out.println("Upload token (for the ingest page and POST /api/ingest): " + server.writeToken());
        }
        out.println("Stop with Ctrl-C.");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
