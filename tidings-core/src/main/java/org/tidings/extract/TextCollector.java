package org.tidings.extract;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Writes the text of a region as paragraphs: one per block element, blocks judged furniture left out. */
final class TextCollector {

    private final BodyExtractor judge;
    private final List<String> paragraphs;
    private final StringBuilder current = new StringBuilder();

    TextCollector(BodyExtractor judge, List<String> paragraphs) {
        this.judge = judge;
        this.paragraphs = paragraphs;
    }

    void collect(Element region) {
        if (BodyExtractor.BLOCK_TAGS.contains(region.normalName()) && !judge.keepBlock(region)) {
            return;
        }
        walk(region);
        flush();
    }

    private void walk(Element e) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                appendText(t.getWholeText());
            } else if (child instanceof Element c) {
                String tag = c.normalName();
                if ("br".equals(tag)) {
                    current.append('\n');
                } else if ("td".equals(tag) || "th".equals(tag)) {
                    appendText(" ");
                    walk(c);
                    appendText(" ");
                } else if (BodyExtractor.BLOCK_TAGS.contains(tag)) {
                    if (!judge.keepBlock(c)) {
                        continue;
                    }
                    flush();
                    walk(c);
                    flush();
                } else {
                    walk(c);
                }
            }
        }
    }

    private void appendText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u00a0' || ch == '\u200b') {
                int n = current.length();
                if (n > 0 && current.charAt(n - 1) != ' ' && current.charAt(n - 1) != '\n') {
                    current.append(' ');
                }
            } else {
                current.append(ch);
            }
        }
    }

    private void flush() {
        if (current.length() == 0) {
            return;
        }
        StringBuilder para = new StringBuilder();
        for (String line : current.toString().split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !BodyExtractor.isFurniture(l)) {
                if (para.length() > 0) {
                    para.append('\n');
                }
                para.append(l);
            }
        }
        current.setLength(0);
        if (para.length() > 0) {
            paragraphs.add(para.toString());
        }
    }
}
