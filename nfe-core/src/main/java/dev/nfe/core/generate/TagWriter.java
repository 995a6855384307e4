package dev.nfe.core.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Appends XML to a {@link StringBuilder}: elements in the order the caller gives (the XSD sequence), text escaped,
 * and decimals at the layout's scales (money 2, rates and quantities 4, unit prices 10) as real files write them.
 */
final class TagWriter {
    static final String NFE_NAMESPACE = "http://www.portalfiscal.inf.br/nfe";
    static final String DSIG_NAMESPACE = "http://www.w3.org/2000/09/xmldsig#";

    private final StringBuilder out;

    TagWriter(int capacity) {
        out = new StringBuilder(capacity);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    TagWriter open(String name) {
        out.append('<').append(name).append('>');
        return this;
    }

    TagWriter open(String name, String attribute, String value) {
        out.append('<').append(name).append(' ').append(attribute).append("=\"");
        escape(value);
        out.append("\">");
        return this;
    }

    TagWriter open(String name, String attribute1, String value1, String attribute2, String value2) {
        out.append('<').append(name).append(' ').append(attribute1).append("=\"");
        escape(value1);
        out.append("\" ").append(attribute2).append("=\"");
        escape(value2);
        out.append("\">");
        return this;
    }

    /** An empty element with one attribute, e.g. a signature algorithm. */
    TagWriter empty(String name, String attribute, String value) {
        out.append('<').append(name).append(' ').append(attribute).append("=\"");
        escape(value);
        out.append("\"/>");
        return this;
    }

    TagWriter close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    TagWriter text(String name, String value) {
        out.append('<').append(name).append('>');
        escape(value);
        out.append("</").append(name).append('>');
        return this;
    }

    /** Money, TDec_1302: scale 2. */
    TagWriter money(String name, BigDecimal value) {
        return decimal(name, value, 2);
    }

    /** Rates (TDec_0302a04) and quantities (TDec_1104v): scale 4. */
    TagWriter scale4(String name, BigDecimal value) {
        return decimal(name, value, 4);
    }

    /** Weights, TDec_1203: scale 3. */
    TagWriter scale3(String name, BigDecimal value) {
        return decimal(name, value, 3);
    }

    /** Unit prices, TDec_1110v: scale 10. */
    TagWriter unitPrice(String name, BigDecimal value) {
        return decimal(name, value, 10);
    }

    /** Writes a pre-built group. */
    TagWriter element(XmlNode element) {
        if (element.children().isEmpty()) {
            return text(element.name(), element.text());
        }
        open(element.name());
        for (XmlNode child : element.children()) {
            element(child);
        }
        return close(element.name());
    }

    byte[] toUtf8() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private TagWriter decimal(String name, BigDecimal value, int scale) {
        if (value.signum() < 0) {
            throw new IllegalStateException("Cannot write " + name + "=" + value + ": the layout has no negatives");
        }
        // setScale without rounding fails loudly if a computed value carries more precision than the layout allows.
        out.append('<').append(name).append('>')
                .append(value.setScale(scale, RoundingMode.UNNECESSARY).toPlainString())
                .append("</").append(name).append('>');
        return this;
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
