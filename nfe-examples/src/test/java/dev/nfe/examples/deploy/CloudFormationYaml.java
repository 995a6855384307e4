package dev.nfe.examples.deploy;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a CloudFormation YAML template into its JSON form: the short-form tags ({@code !Ref X}, {@code !Sub "…"},
 * {@code !GetAtt A.B}, {@code !Select}, …) become the long-form objects ({@code {"Ref": "X"}},
 * {@code {"Fn::Sub": "…"}}, {@code {"Fn::GetAtt": ["A", "B"]}}).
 */
final class CloudFormationYaml {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CloudFormationYaml() {
    }

    static JsonNode read(Path file) throws IOException {
        try (YAMLParser parser = new YAMLFactory().createParser(Files.readString(file))) {
            parser.nextToken();
            return value(parser);
        }
    }

    private static JsonNode value(YAMLParser parser) throws IOException {
        String tag = parser.getTypeId();
        JsonNode node;
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = NODES.objectNode();
            while (parser.nextToken() != JsonToken.END_OBJECT) {
                String name = parser.currentName();
                parser.nextToken();
                object.set(name, value(parser));
            }
            node = object;
        } else if (token == JsonToken.START_ARRAY) {
            ArrayNode array = NODES.arrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(value(parser));
            }
            node = array;
        } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            node = NODES.numberNode(parser.getDecimalValue());
        } else if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            node = NODES.booleanNode(parser.getBooleanValue());
        } else if (token == JsonToken.VALUE_NULL) {
            node = NODES.nullNode();
        } else {
            node = NODES.textNode(parser.getText());
        }
        return tag == null ? node : intrinsic(tag, node);
    }

    private static JsonNode intrinsic(String tag, JsonNode node) {
        String name = tag.startsWith("!") ? tag.substring(1) : tag;
        if (name.equals("Ref")) {
            return NODES.objectNode().set("Ref", node);
        }
        if (name.equals("GetAtt") && node.isTextual()) {
            ArrayNode parts = NODES.arrayNode();
            List<String> split = Arrays.asList(node.asText().split("\\.", 2));
            split.forEach(parts::add);
            return NODES.objectNode().set("Fn::GetAtt", parts);
        }
        if (List.of("Sub", "GetAtt", "Join", "Select", "Split", "If", "Not", "Equals", "And", "Or", "FindInMap",
                "GetAZs", "Base64", "Cidr", "ImportValue", "Condition").contains(name)) {
            return NODES.objectNode().set(name.equals("Condition") ? "Condition" : "Fn::" + name, node);
        }
        throw new IllegalArgumentException("Unknown CloudFormation tag !" + name);
    }
}
