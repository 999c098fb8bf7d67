package org.tidings.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** One event a CSV row (RFC 4180 quoting). */
final class Csv {

    static final String HEADER = "id,type,cameo,goldstein,quad_class,source,target,event_date,date_basis,location,"
            + "location_country,certainty,reported_by,reports,outlets,article,url,evidence,trigger\r\n";

    private Csv() {
    }

    static String row(ObjectNode e) {
        List<String> cells = new ArrayList<>();
        cells.add(e.path("id").asText());
        cells.add(e.path("type").asText(""));
        cells.add(e.path("cameo").asText(""));
        cells.add(e.path("goldstein").asText(""));
        cells.add(e.path("quad_class").isNull() ? "" : e.path("quad_class").asText(""));
        cells.add(codes(e.path("source")));
        cells.add(codes(e.path("target")));
        cells.add(e.path("event_date").asText(""));
        cells.add(e.path("date_basis").asText(""));
        cells.add(e.path("location").path("name").asText(""));
        cells.add(e.path("location").path("country").asText(""));
        cells.add(e.path("certainty").asText(""));
        cells.add(join(e.path("reported_by")));
        cells.add(e.path("reports").asText(""));
        cells.add(join(e.path("outlets")));
        cells.add(e.path("article").path("id").asText(""));
        cells.add(e.path("article").path("url").asText(""));
        cells.add(e.path("evidence").path("text").asText(""));
        cells.add(e.path("evidence").path("trigger").asText(""));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(cells.get(i)));
        }
        return sb.append("\r\n").toString();
    }

    private static String codes(JsonNode actors) {
        List<String> out = new ArrayList<>();
        actors.forEach(a -> out.add(a.path("code").isNull() || a.path("code").isMissingNode()
                ? a.path("text").asText("") : a.path("code").asText()));
        return String.join(";", out);
    }

    private static String join(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(a -> out.add(a.asText()));
        return String.join(";", out);
    }

    static String quote(String s) {
        // A leading =, +, - or @ would be a formula to a spreadsheet: prefix it with a quote.
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?") ? "'" + s : s;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
