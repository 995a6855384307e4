package dev.nfe.core.json;

import com.fasterxml.jackson.databind.JsonNode;

/** How a JSON form of NF-e XML marks attributes and element text among an element object's members. */
enum JsonDialect {
    /**
     * xmltodict: {@code @name} members are attributes, {@code #text} is the text of an element that also has
     * attributes, {@code #comment} is dropped; every other member is a child element.
     */
    XMLTODICT {
        @Override
        MemberRole roleOf(String key, JsonNode value) {
            if (key.startsWith("@")) {
                return MemberRole.ATTRIBUTE;
            }
            if (key.equals("#text")) {
                return MemberRole.TEXT;
            }
            return key.equals("#comment") ? MemberRole.IGNORED : MemberRole.CHILD;
        }

        @Override
        String attributeName(String key) {
            return key.substring(1);
        }
    },

    /**
     * nfephp {@code Standardize} (PHP SimpleXML encoded as JSON): an {@code attributes} object holds the attributes,
     * a {@code 0} member holds the text of a root that also has attributes; every other member is a child element.
     */
    STANDARDIZE {
        @Override
        MemberRole roleOf(String key, JsonNode value) {
            if (key.equals(ATTRIBUTES)) {
                return MemberRole.ATTRIBUTE_GROUP;
            }
            return key.equals("0") && value.isValueNode() ? MemberRole.TEXT : MemberRole.CHILD;
        }

        @Override
        String attributeName(String key) {
            return key;
        }
    };

    /** The member of a Standardize element object that holds its attributes. */
    static final String ATTRIBUTES = "attributes";

    /** What the member {@code key} of an element object stands for. */
    abstract MemberRole roleOf(String key, JsonNode value);

    /** The XML attribute name of a member whose role is an attribute (or of a member of an attribute group). */
    abstract String attributeName(String key);

    /** What a member of an element object stands for in XML. */
    enum MemberRole {
        /** One attribute. */
        ATTRIBUTE,
        /** An object whose members are the attributes. */
        ATTRIBUTE_GROUP,
        /** The element's own text. */
        TEXT,
        /** A child element (repeated when the value is an array). */
        CHILD,
        /** Nothing in XML. */
        IGNORED
    }
}
