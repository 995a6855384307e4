package dev.nfe.core.xml;

import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/** Puts an {@link XmlCursor} on the root of a small XML snippet, as a layout reader expects it. */
final class XmlSnippet {

    private XmlSnippet() {
    }

    /** A cursor on the root element of {@code xml}, which gets the NF-e namespace as default. */
    static XmlCursor at(String xml) throws XMLStreamException {
        int close = xml.indexOf('>');
        int insertAt = xml.charAt(close - 1) == '/' ? close - 1 : close;
        String namespaced = xml.substring(0, insertAt) + " xmlns=\"" + NfeXmlParser.NFE_NAMESPACE + "\""
                + xml.substring(insertAt);
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        XmlCursor cursor = new XmlCursor(factory.createXMLStreamReader(new StringReader(namespaced)),
                XmlLimits.defaults());
        cursor.moveToRoot();
        return cursor;
    }
}
