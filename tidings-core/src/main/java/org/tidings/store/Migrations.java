package org.tidings.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema as numbered SQL scripts (resources {@code migrations/001.sql}, {@code 002.sql}, ...), applied in
 * order, each in its own transaction together with its row in {@code schema_version}.
 */
final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    /** The scripts this build knows, in order; script n is at index n - 1. */
    static List<String> scripts() {
        List<String> scripts = new ArrayList<>();
        for (int n = 1; ; n++) {
            String name = String.format("migrations/%03d.sql", n);
            try (InputStream in = Migrations.class.getResourceAsStream(name)) {
                if (in == null) {
                    return scripts;
                }
                scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new StoreException("cannot read schema script " + name, e);
            }
        }
    }

    static int latest() {
        return scripts().size();
    }

    /** The version of the schema in the database, 0 for an empty one. */
    static int current(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return 0;
            }
        }
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Brings the schema up to the latest version; returns that version. Expects auto-commit off. */
    static int migrate(Connection conn) throws SQLException {
        return migrate(conn, true);
    }

    /** Makes the latest schema in a new in-memory database, where migrating is no news worth logging. */
    static int create(Connection conn) throws SQLException {
        return migrate(conn, false);
    }

    private static int migrate(Connection conn, boolean log) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)");
        }
        conn.commit();
        List<String> scripts = scripts();
        int version = current(conn);
        if (version > scripts.size()) {
            throw new StoreException("the store has schema version " + version
                    + ", newer than this Tidings knows (" + scripts.size() + "); use a newer Tidings");
        }
        for (int n = version + 1; n <= scripts.size(); n++) {
            try (Statement st = conn.createStatement()) {
                for (String sql : statements(scripts.get(n - 1))) {
                    st.execute(sql);
                }
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO schema_version (version) VALUES (?)")) {
                ps.setInt(1, n);
                ps.executeUpdate();
            }
            conn.commit();
            if (log) {
                LOG.info("store schema migrated to version {}", n);
            }
        }
        return scripts.size();
    }

    /** Splits a script into statements: comments dropped, statements end with ';' at the end of a line. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            int comment = line.indexOf("--");
            String code = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (code.isEmpty()) {
                continue;
            }
            current.append(code).append('\n');
            if (code.endsWith(";")) {
                out.add(current.substring(0, current.lastIndexOf(";")));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString());
        }
        return out;
    }
}
