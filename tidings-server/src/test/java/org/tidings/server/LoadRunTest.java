package org.tidings.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Runs {@link LoadRun} from Maven: {@code mvn test -Dtest=LoadRunTest -Dtidings.load=true}
 * (optionally {@code -Dtidings.load.events=}, {@code .requests=}, {@code .seconds=}, {@code .threads=}, 50 clients by
 * default). Off otherwise. */
class LoadRunTest {

    @Test
    @EnabledIfSystemProperty(named = "tidings.load", matches = "true")
    void loadRun() throws Exception {
        LoadRun.main(new String[] {System.getProperty("tidings.load.events", "100000"),
            System.getProperty("tidings.load.requests", "3000"), System.getProperty("tidings.load.seconds", "60"),
            System.getProperty("tidings.load.threads", "50")});
    }
}
