package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    private static final String TEXT = "Größe, café, 東京";

    @Test
    void utf8WithoutDeclaration() {
        String html = "<p>" + TEXT + "</p>";
        assertEquals(html, PageDecoder.decode(html.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void byteOrderMarksWin() {
        byte[] body = "<p>Größe</p>".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals("<p>Größe</p>", PageDecoder.decode(withBom, "text/html; charset=ISO-8859-1"));
        byte[] utf16 = "<p>Größe</p>".getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM
        assertEquals("<p>Größe</p>", PageDecoder.decode(utf16, null));
    }

    @Test
    void headerCharset() {
        String html = "<p>Größe, café</p>";
        byte[] latin = html.getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(html, PageDecoder.decode(latin, "text/html; charset=iso-8859-1"));
    }

    @Test
    void metaCharsetBothForms() {
        String a = "<html><head><meta charset=\"windows-1252\"></head><body>Größe – café</body></html>";
        assertEquals(a, PageDecoder.decode(a.getBytes(Charset.forName("windows-1252")), null));
        String b = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"
                + "</head><body>東京の港</body></html>";
        assertEquals(b, PageDecoder.decode(b.getBytes(Charset.forName("Shift_JIS")), "text/html"));
    }

    @Test
    void undeclaredLatin1FallsBackToWindows1252() {
        String html = "<p>Größe – “quoted”</p>";
        assertEquals(html, PageDecoder.decode(html.getBytes(Charset.forName("windows-1252")), null));
    }

    @Test
    void unknownCharsetNameIsIgnored() {
        String html = "<meta charset=\"x-no-such-charset\"><p>Größe</p>";
        assertEquals(html, PageDecoder.decode(html.getBytes(StandardCharsets.UTF_8), null));
    }
}
