package org.tidings;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The team's shared data folder ({@code ../shared} from the project root). A user's clone has none, so tests
 * that need it are skipped there, with a message; on CI ({@code CI=true}) it must be present and a missing
 * file fails the test instead of hiding it.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path path(String relative) {
        Path root = root();
        Path file = root == null ? null : root.resolve(relative);
        boolean present = file != null && Files.exists(file);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("shared data missing on CI: " + relative + " (looked in " + root + ")");
        }
        assumeTrue(present, "skipped: ../shared/" + relative + " is not present in this clone");
        return file;
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared").normalize();
            if (Files.isDirectory(candidate.resolve("seed"))) {
                return candidate;
            }
        }
        return null;
    }
}
