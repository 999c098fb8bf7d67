package org.tidings.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.events.CodedArticle;

/** Runs a writer in a child JVM and kills it: committed articles stay whole, nothing half-written remains. */
class StoreCrashTest {

    private static final List<String> CHILD_TABLES = List.of("sentences", "entities", "timexes", "actor_mentions",
            "event_mentions", "event_actors");

    @TempDir
    Path dir;

    @Test
    void killedWriterLeavesOnlyWholeArticles() throws Exception {
        int total = 150;
        List<CodedArticle> expected = StoreWriterMain.articles(total);
        Map<String, CodedArticle> byId = new HashMap<>();
        expected.forEach(c -> byId.put(c.document().article().id(), c));
        assertEquals(total, byId.size());

        Process child = child("write", dir.toString(), String.valueOf(total));
        int saved = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("saved ")) {
                    saved = Integer.parseInt(line.substring(6));
                    if (saved >= 40) {
                        break;
                    }
                }
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(saved >= 40, "the child saved " + saved + " articles before it was killed");

        try (Store store = Store.open(dir)) {
            long articles = store.stats().articles();
            // Everything reported as committed is there; the kill came before the last article was done.
            assertTrue(articles >= saved + 1 && articles < total, "articles after the kill: " + articles);
            for (String id : store.articleIds()) {
                assertEquals(byId.get(id), store.load(id).orElseThrow(), "article " + id);
            }
            for (String table : CHILD_TABLES) {
                assertEquals(0L, store.<Long>withConnection(c -> single(c, "SELECT count(*) FROM " + table
                        + " WHERE article_id NOT IN (SELECT id FROM articles)")), "orphans in " + table);
            }
            int again = 0;
            for (CodedArticle c : expected) {
                again += store.save(c) ? 1 : 0;
            }
            assertEquals(total - articles, again);
            assertCounts(store, expected);
        }
    }

    @Test
    void secondWriterGetsAClearLockError() throws Exception {
        try (Store store = Store.open(dir)) {
            store.save(Fixtures.summons());
        }
        Process child = child("hold", dir.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("open", out.readLine());
            StoreLockedException write = assertThrows(StoreLockedException.class, () -> Store.open(dir));
            assertTrue(write.getMessage().startsWith("store locked by another process (PID " + child.pid() + ")"),
                    write.getMessage());
            StoreLockedException read = assertThrows(StoreLockedException.class, () -> Store.openReadOnly(dir));
            assertTrue(read.getMessage().contains(dir.resolve("tidings.duckdb").toString()), read.getMessage());
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        try (Store store = Store.openReadOnly(dir)) {
            assertEquals(1, store.stats().articles());
        }
    }

    private static void assertCounts(Store store, List<CodedArticle> expected) {
        StoreStats stats = store.stats();
        assertEquals(expected.size(), stats.articles());
        assertEquals(expected.stream().mapToLong(c -> c.document().sentences().size()).sum(), stats.sentences());
        assertEquals(expected.stream().mapToLong(c -> c.document().entities().size()).sum(), stats.entities());
        assertEquals(expected.stream().mapToLong(c -> c.document().timexes().size()).sum(), stats.timexes());
        assertEquals(expected.stream().mapToLong(c -> c.actors().size()).sum(), stats.actors());
        assertEquals(expected.stream().mapToLong(c -> c.events().size()).sum(), stats.eventMentions());
    }

    private static long single(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Process child(String... args) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp", classPath,
                StoreWriterMain.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
