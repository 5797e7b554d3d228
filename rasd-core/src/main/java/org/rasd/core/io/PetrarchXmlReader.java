package org.rasd.core.io;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.rasd.core.model.RawRecord;
import org.rasd.core.model.Reject;

/**
 * PETRARCH / UniversalPetrarch XML: {@code <Sentences><Sentence id=".." date=".."><Text>..</Text></Sentence>}.
 * Each Sentence is one document (its id and date kept). Malformed XML rejects the rest of the file with
 * its line and column; the sentences read before it are kept.
 */
public final class PetrarchXmlReader implements RecordReader {
    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    @Override
    public void read(String origin, InputStream in, RecordSink sink) throws IOException {
        XMLStreamReader r = null;
        int sentences = 0;
        try {
            r = FACTORY.createXMLStreamReader(in, "UTF-8");
            String id = null, date = null;
            StringBuilder text = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("Sentence")) {
                        id = r.getAttributeValue(null, "id");
                        date = r.getAttributeValue(null, "date");
                        text = null;
                    } else if (name.equals("Text")) {
                        text = new StringBuilder();
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                    if (text != null) text.append(r.getText());
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("Sentence")) {
                        sentences++;
                        String where = origin + "#" + (id != null ? id : "sentence-" + sentences);
                        if (text == null) sink.reject(new Reject(where, "Sentence without a <Text> element"));
                        else sink.accept(new RawRecord(where, id, null, text.toString().strip(), null, null, date, null));
                        text = null;
                    }
                }
            }
            if (sentences == 0) sink.reject(new Reject(origin, "no <Sentence> elements: not PETRARCH XML"));
        } catch (XMLStreamException e) {
            var loc = e.getLocation();
            String at = loc == null ? "" : ":" + loc.getLineNumber() + ":" + loc.getColumnNumber();
            String msg = e.getMessage() == null ? "parse error" : e.getMessage().replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "").replaceAll("\\s+", " ");
            sink.reject(new Reject(origin + at, "malformed XML after " + sentences + " sentences: " + msg));
        } finally {
            if (r != null) try { r.close(); } catch (XMLStreamException ignored) { }
        }
    }
}
