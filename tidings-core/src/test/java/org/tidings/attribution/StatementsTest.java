package org.tidings.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.nlp.AnnotatedDocument;
import org.tidings.nlp.NlpPipeline;

class StatementsTest {

    private final Statements statements = new Statements();

    private List<Statement> of(String text) {
        AnnotatedDocument doc = NlpPipeline.shared().annotate(text, LocalDate.of(2024, 10, 21));
        return statements.statements(doc, List.of());
    }

    private static Statement.Party party(String text, String name, String country) {
        return new Statement.Party(text, name, country);
    }

    @Test
    void refusalsToComment() {
        assertEquals(List.of(new Statement("no_comment", 0, List.of(party("Kremlin", "Kremlin", null)), null, "comment")),
                of("The Kremlin declined to comment on the report."));
        assertEquals(List.of(new Statement("no_comment", 0, List.of(party("Officials", "Officials", null)), null, "respond")),
                of("Officials did not respond to requests for comment."));
        assertEquals(List.of(new Statement("no_comment", 0, List.of(party("Tokyo", "Japan", "JPN")), null, "comment")),
                of("Tokyo had no immediate comment."));
    }

    @Test
    void confirmationsAndDenials() {
        assertEquals(List.of(
                        new Statement("denied", 0, List.of(party("Israel", "Israel", "ISR")), "the allegations", "denied"),
                        new Statement("denied", 0, List.of(party("Hamas", "Hamas", null)), "the claims", "rejected")),
                of("Israel denied the allegations, and Hamas rejected the claims."));
        assertEquals(List.of(new Statement("not_confirmed", 0, List.of(party("The ministry", "The ministry", null)),
                        "the number of casualties", "confirm")),
                of("The ministry would not confirm the number of casualties."));
        assertEquals(List.of(new Statement("confirmed", 0, List.of(party("The spokesman", "The spokesman", null)),
                        "that the talks had stalled", "acknowledged")),
                of("The spokesman acknowledged that the talks had stalled."));
    }

    @Test
    void withheldDetails() {
        assertEquals(List.of(new Statement("withheld", 0, List.of(party("The army", "The army", null)),
                        "details about the operation", "give")),
                of("The army refused to give details about the operation."));
    }

    @Test
    void rejectingAProposalIsNoDenial() {
        assertEquals(List.of(), of("Parliament rejected the budget proposal on Tuesday."));
    }
}
