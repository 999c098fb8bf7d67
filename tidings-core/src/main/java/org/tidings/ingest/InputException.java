package org.tidings.ingest;

import java.io.IOException;

/** Input that cannot be read on, with a reason meant for the user ("corrupt gzip: truncated"). */
final class InputException extends IOException {

    InputException(String reason) {
        super(reason);
    }

    InputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
