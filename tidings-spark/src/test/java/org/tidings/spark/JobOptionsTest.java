package org.tidings.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobOptionsTest {

    @Test
    void parsesTheCommandLine() {
        JobOptions o = JobOptions.parse(new String[] {"--out", "out/", "--master", "local[2]", "--articles-per-task",
                "50", "--ingested-at", "2024-10-21T10:00:00.1234567Z", "a.warc.gz", "s3a://bucket/cc-news/"});
        assertEquals(List.of("a.warc.gz", "s3a://bucket/cc-news/"), o.inputs());
        assertEquals("out/", o.out());
        assertEquals("local[2]", o.master());
        assertEquals(50, o.articlesPerTask());
        assertEquals(Instant.parse("2024-10-21T10:00:00.123456Z"), o.ingestedAt(), "the store keeps microseconds");
        assertNull(JobOptions.parse(new String[] {"--out", "o", "in"}).master());
    }

    @Test
    void refusesWhatItCannotRun() {
        for (String[] args : List.of(new String[] {"in"}, new String[] {"--out", "o"},
                new String[] {"--out", "o", "--articles-per-task", "0", "in"}, new String[] {"--out", "o", "--bogus", "in"},
                new String[] {"--out", "o", "--ingested-at", "yesterday", "in"}, new String[] {"in", "--out"})) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(args));
            assertTrue(!e.getMessage().isBlank());
        }
    }
}
