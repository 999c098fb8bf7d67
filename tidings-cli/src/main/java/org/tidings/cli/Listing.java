package org.tidings.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows printed as an aligned table, a JSON array, JSON Lines or CSV. Each row has its JSON object (nested as
 * it likes) and its flat cells for table and CSV.
 */
final class Listing {

    /** Output formats of the listing commands. */
    enum Format { table, json, jsonl, csv }

    static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<String> columns;
    private final List<ObjectNode> objects = new ArrayList<>();
    private final List<List<String>> cells = new ArrayList<>();

    Listing(String... columns) {
        this.columns = List.of(columns);
    }

    void add(ObjectNode json, Object... row) {
        objects.add(json);
        List<String> r = new ArrayList<>();
        for (Object c : row) {
            r.add(c == null ? "" : String.valueOf(c));
        }
        cells.add(r);
    }

    int size() {
        return objects.size();
    }

    void print(Format format, PrintWriter out) {
        switch (format) {
            case json -> {
                ArrayNode array = JSON.createArrayNode();
                objects.forEach(array::add);
                out.println(write(PRETTY, array));
            }
            case jsonl -> objects.forEach(o -> out.println(write(JSON, o)));
            case csv -> {
                out.println(csvLine(columns));
                cells.forEach(r -> out.println(csvLine(r)));
            }
            case table -> table(out);
        }
    }

    private void table(PrintWriter out) {
        int[] width = new int[columns.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = columns.get(i).length();
            for (List<String> r : cells) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        out.println(line(columns, width));
        List<String> rule = new ArrayList<>();
        for (int w : width) {
            rule.add("-".repeat(w));
        }
        out.println(line(rule, width));
        cells.forEach(r -> out.println(line(r, width)));
    }

    private static String line(List<String> row, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            sb.append(i == 0 ? "" : "  ").append(row.get(i));
            if (i < width.length - 1) {
                sb.append(" ".repeat(width[i] - row.get(i).length()));
            }
        }
        return sb.toString().stripTrailing();
    }

    static String csvLine(List<String> row) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            String c = row.get(i);
            if (i > 0) {
                sb.append(',');
            }
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String write(ObjectMapper mapper, Object node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    static String pretty(Object node) {
        return write(PRETTY, node);
    }

    /** One line, at most max characters. */
    static String clip(String s, int max) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
