package org.tidings.attribution;

import java.util.ArrayList;
import java.util.List;
import org.tidings.actors.ActorMention;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.EntityMention;
import org.tidings.places.Gazetteer;

/** Minimal actor mentions made from NER, for tests that run without the actor coder. */
final class NerActors {

    private NerActors() {
    }

    static List<ActorMention> of(AnnotatedDocument doc) {
        List<ActorMention> out = new ArrayList<>();
        for (EntityMention e : doc.entities()) {
            String country = switch (e.type()) {
                case "COUNTRY", "CITY", "LOCATION" -> Gazetteer.builtin().lookup(e.text())
                        .map(Gazetteer.Entry::country).orElse(null);
                default -> null;
            };
            if (!List.of("PERSON", "ORGANIZATION", "COUNTRY").contains(e.type()) && country == null) {
                continue;
            }
            if (doc.sentences().get(e.sentence()).tokens().get(e.tokenBegin()).pos().startsWith("PRP")) {
                continue;
            }
            String name = e.text();
            // A surname alone stands for the full name given earlier ("Zinoviev" after "Georgy Zinoviev").
            if (e.type().equals("PERSON") && !e.text().contains(" ")) {
                name = doc.entities().stream().filter(o -> o.type().equals("PERSON") && o.text().endsWith(" " + e.text()))
                        .map(EntityMention::text).findFirst().orElse(e.text());
            }
            out.add(new ActorMention(e.sentence(), e.tokenBegin(), e.tokenEnd(), e.begin(), e.end(), e.text(), name,
                    country, null, country, e.type().equals("PERSON") ? name : null, "test:ner"));
        }
        return out;
    }
}
