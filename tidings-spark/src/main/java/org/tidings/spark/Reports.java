package org.tidings.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tidings.resolve.Report;

/** Reports (mention and article) as JSON text, to travel between tasks whole: the core's records are not serializable. */
final class Reports {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Reports() {
    }

    static String encode(Report r) {
        try {
            return JSON.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write report " + r.id() + ": " + e.getOriginalMessage(), e);
        }
    }

    static Report decode(String json) {
        try {
            return JSON.readValue(json, Report.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a report: " + e.getOriginalMessage(), e);
        }
    }
}
