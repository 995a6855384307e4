package dev.nfe.core.json;

import com.fasterxml.jackson.databind.JsonNode;

/** What XML 1.0 accepts as names and characters, and the XML text of a JSON scalar. */
final class XmlText {
    private XmlText() {
    }

    /**
     * The exact text of a JSON scalar: strings as they are, numbers as their plain decimal text (no exponent, trailing
     * zeros kept: {@code 10.50} stays {@code 10.50}), booleans as {@code true}/{@code false}.
     */
    static String of(JsonNode scalar) {
        if (scalar.isIntegralNumber()) {
            return scalar.bigIntegerValue().toString();
        }
        if (scalar.isNumber()) {
            return scalar.decimalValue().toPlainString();
        }
        return scalar.asText();
    }

    /** The first code point of {@code text} XML 1.0 forbids, or -1 when every one is allowed. */
    static int firstForbiddenChar(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!isXmlChar(cp)) {
                return cp;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** Whether {@code name} is an XML name with at most one colon, which must separate two non-empty parts. */
    static boolean isQualifiedName(String name) {
        int colon = name.indexOf(':');
        if (colon < 0) {
            return isNcName(name);
        }
        return isNcName(name.substring(0, colon)) && isNcName(name.substring(colon + 1));
    }

    private static boolean isNcName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        int first = name.codePointAt(0);
        if (!isNameStartChar(first)) {
            return false;
        }
        for (int i = Character.charCount(first); i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (!isNameChar(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private static boolean isNameStartChar(int cp) {
        return (cp >= 'A' && cp <= 'Z') || cp == '_' || (cp >= 'a' && cp <= 'z')
                || (cp >= 0xC0 && cp <= 0xD6) || (cp >= 0xD8 && cp <= 0xF6) || (cp >= 0xF8 && cp <= 0x2FF)
                || (cp >= 0x370 && cp <= 0x37D) || (cp >= 0x37F && cp <= 0x1FFF) || (cp >= 0x200C && cp <= 0x200D)
                || (cp >= 0x2070 && cp <= 0x218F) || (cp >= 0x2C00 && cp <= 0x2FEF) || (cp >= 0x3001 && cp <= 0xD7FF)
                || (cp >= 0xF900 && cp <= 0xFDCF) || (cp >= 0xFDF0 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0xEFFFF);
    }

    private static boolean isNameChar(int cp) {
        return isNameStartChar(cp) || cp == '-' || cp == '.' || (cp >= '0' && cp <= '9') || cp == 0xB7
                || (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x203F && cp <= 0x2040);
    }
}
