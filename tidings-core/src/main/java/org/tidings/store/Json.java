package org.tidings.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import org.tidings.nlp.Dependency;
import org.tidings.nlp.Token;

/**
 * Compact JSON for the parts of a record that are only ever read whole: lists of strings, tokens, dependencies.
 * The writers are public so that other writers of the store's tables (tidings-spark) write the same text.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static String strings(List<String> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return write(array);
    }

    static List<String> strings(String json) {
        List<String> out = new ArrayList<>();
        if (json != null) {
            for (JsonNode n : read(json)) {
                out.add(n.isNull() ? null : n.asText());
            }
        }
        return out;
    }

    public static String tokens(List<Token> tokens) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Token t : tokens) {
            array.addArray().add(t.word()).add(t.lemma()).add(t.pos()).add(t.ner()).add(t.begin()).add(t.end());
        }
        return write(array);
    }

    static List<Token> tokens(String json) {
        List<Token> out = new ArrayList<>();
        int index = 0;
        for (JsonNode n : read(json)) {
            out.add(new Token(index++, text(n.get(0)), text(n.get(1)), text(n.get(2)), text(n.get(3)),
                    n.get(4).asInt(), n.get(5).asInt()));
        }
        return out;
    }

    public static String dependencies(List<Dependency> deps) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Dependency d : deps) {
            array.addArray().add(d.relation()).add(d.governor()).add(d.dependent());
        }
        return write(array);
    }

    static List<Dependency> dependencies(String json) {
        List<Dependency> out = new ArrayList<>();
        for (JsonNode n : read(json)) {
            out.add(new Dependency(text(n.get(0)), n.get(1).asInt(), n.get(2).asInt()));
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("corrupt JSON in store: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }
}
