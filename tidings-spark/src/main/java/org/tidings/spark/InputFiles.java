package org.tidings.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.tidings.ingest.ArticleSources;

/**
 * The files to read, listed on the driver from paths on any Hadoop file system: folders are walked depth first in
 * name order and skip what an ingest skips there (hidden files, documentation, sidecars); a file named explicitly
 * is always read. The order is the one an ingest of the same paths reads in.
 */
final class InputFiles {

    private InputFiles() {
    }

    static List<String> list(List<String> paths, Configuration conf) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : paths) {
            Path path = new Path(p);
            try {
                FileSystem fs = path.getFileSystem(conf);
                FileStatus status = fs.getFileStatus(path);
                if (status.isDirectory()) {
                    walk(fs, status.getPath(), out);
                } else {
                    out.add(name(status.getPath()));
                }
            } catch (FileNotFoundException e) {
                throw new IllegalArgumentException("no such file or directory: " + p, e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + p + ": " + e.getMessage(), e);
            }
        }
        return new ArrayList<>(out);
    }

    private static void walk(FileSystem fs, Path dir, Set<String> out) throws IOException {
        FileStatus[] children = fs.listStatus(dir);
        Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus c : children) {
            String name = c.getPath().getName();
            if (name.startsWith(".")) {
                continue;
            }
            if (c.isDirectory()) {
                walk(fs, c.getPath(), out);
            } else if (ArticleSources.isArticleFile(name)) {
                out.add(name(c.getPath()));
            }
        }
    }

    // Local files keep their plain path, as an ingest names them; others their URI.
    private static String name(Path p) {
        return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
    }
}
