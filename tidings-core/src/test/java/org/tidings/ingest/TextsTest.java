package org.tidings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void bodyParagraphsAreNormalised() {
        assertEquals("One two.\nThree.\n\nFour.",
                Texts.cleanBody("\r\n  One\u00a0 two.  \r\nThree.\u200b\r\n \r\n\r\n\t\nFour.\u0007\n\n"));
    }

    @Test
    void htmlBecomesParagraphs() {
        assertEquals("Head\n\nA b c.\n\nLine one\nline two\n\nitem",
                Texts.htmlToText("<h2>Head</h2><p>A <i>b</i>\n c.</p><style>p{}</style><p>Line one<br>line two</p><ul><li>item</li></ul>"));
        assertEquals("Fish & chips", Texts.htmlToText("Fish &amp; chips"));
    }

    @Test
    void hostsWithoutWww() {
        assertEquals("example.com", Texts.host("https://WWW.Example.com/a?b=c"));
        assertEquals("en.wikinews.org", Texts.host("https://en.wikinews.org//wiki/X"));
        assertEquals("bücher.example", Texts.host("http://bücher.example/path with space"));
        assertNull(Texts.host("not a url"));
        assertNull(Texts.host(null));
    }

    @Test
    void languageCodes() {
        assertEquals("en", Texts.languageCode("en-US"));
        assertEquals("de", Texts.languageCode("deu"));
        assertEquals("fr", Texts.languageCode("French"));
        assertNull(Texts.languageCode("klingonese"));
    }

    @Test
    void languageGuess() {
        assertEquals("en", Languages.guess("The minister said on Monday that the talks with the union had been a success and would go on."));
        assertEquals("fr", Languages.guess("Le ministre a dit lundi que les discussions avec le syndicat ont été un succès et qu'elles vont continuer."));
        assertNull(Languages.guess("Berlin Paris Rome"));
    }

    @Test
    void invalidUtf8BytesAreReadAsWindows1252() throws IOException {
        byte[] mixed = {'a', (byte) 0xC3, (byte) 0xA9, ' ', (byte) 0x93, 'q', (byte) 0x94, ' ', (byte) 0xE9, ' ',
            (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, (byte) 0xE2, (byte) 0x82};
        assertEquals("a\u00e9 \u201cq\u201d \u00e9 \uD83D\uDE00\u00e2\u201a", Decoding.decode(mixed, null));
        try (Reader r = Decoding.reader(new java.io.ByteArrayInputStream(mixed))) {
            char[] buf = new char[64];
            int n = r.read(buf);
            assertEquals("a\u00e9 \u201cq\u201d \u00e9 \uD83D\uDE00\u00e2\u201a", new String(buf, 0, n));
        }
        assertEquals("caf\u00e9", Decoding.decode("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), "iso-8859-1"));
    }
}
