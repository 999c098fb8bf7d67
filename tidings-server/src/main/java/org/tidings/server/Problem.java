package org.tidings.server;

/**
 * An RFC 9457 problem: thrown by a handler, sent as {@code application/problem+json} with type, title, status
 * and detail.
 */
final class Problem extends RuntimeException {

    static final String TYPE_BASE = "https://tidings.invalid/problems/";

    final int status;
    final String type;
    final String title;

    Problem(int status, String type, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    static Problem badRequest(String type, String title, String detail) {
        return new Problem(400, type, title, detail);
    }

    static Problem notFound(String what) {
        return new Problem(404, "not-found", "Not found", what);
    }

    String typeUri() {
        return TYPE_BASE + type;
    }
}
