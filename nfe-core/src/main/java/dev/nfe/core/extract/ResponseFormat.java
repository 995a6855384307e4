package dev.nfe.core.extract;

import com.fasterxml.jackson.core.JsonPointer;
import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.NfeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * How one response splits into items: the documents of the page, or with {@code detailUrl} the list entries whose
 * ids are fetched one by one.
 */
sealed interface ResponseFormat
        permits ResponseFormat.JsonList, ResponseFormat.Ndjson, ResponseFormat.Single, ResponseFormat.Envelope {

    JsonPointer ITEMS = JsonPointer.compile("/items");

    /**
     * One item of a page.
     *
     * @param bytes its exact bytes as received
     * @param mediaType what they are
     * @param id its sniffed document id, if it has one
     */
    record Item(byte[] bytes, MediaType mediaType, Optional<String> id) {
        public Item {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(id, "id");
        }

        /** The bronze id: the sniffed one, else the hash of the bytes. */
        String documentId() {
            return id.orElseGet(() -> DocumentId.hash(bytes));
        }
    }

    /** Whether the whole body must be JSON. */
    boolean needsJson();

    /** The items of {@code reply}; {@code json} is present when {@link #needsJson()}. */
    List<Item> items(HttpReply reply, Optional<JsonBody> json);

    /**
     * A JSON array of documents.
     *
     * @param pointer where the array is; empty means the root when the body is an array, else {@code /items}
     */
    record JsonList(Optional<JsonPointer> pointer) implements ResponseFormat {
        public JsonList {
            Objects.requireNonNull(pointer, "pointer");
        }

        @Override
        public boolean needsJson() {
            return true;
        }

        @Override
        public List<Item> items(HttpReply reply, Optional<JsonBody> json) {
            List<Item> items = new ArrayList<>();
            for (byte[] element : elements(reply, json.orElseThrow(), pointer)) {
                items.add(new Item(element, MediaType.JSON, DocumentId.sniff(element, MediaType.JSON)));
            }
            return items;
        }
    }

    /** Newline-delimited JSON, one document per non-blank line. */
    record Ndjson() implements ResponseFormat {
        @Override
        public boolean needsJson() {
            return false;
        }

        @Override
        public List<Item> items(HttpReply reply, Optional<JsonBody> json) {
            byte[] body = reply.body();
            List<Item> items = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= body.length; i++) {
                if (i == body.length || body[i] == '\n') {
                    int end = i > start && body[i - 1] == '\r' ? i - 1 : i;
                    byte[] line = Arrays.copyOfRange(body, start, end);
                    if (DocumentId.firstSignificantByte(line) != -1) {
                        items.add(new Item(line, MediaType.JSON, DocumentId.sniff(line, MediaType.JSON)));
                    }
                    start = i + 1;
                }
            }
            return items;
        }
    }

    /** The whole body is one document, XML or JSON; an empty body is an empty page. */
    record Single() implements ResponseFormat {
        @Override
        public boolean needsJson() {
            return false;
        }

        @Override
        public List<Item> items(HttpReply reply, Optional<JsonBody> json) {
            byte[] body = reply.body();
            if (DocumentId.firstSignificantByte(body) == -1) {
                return List.of();
            }
            MediaType mediaType = MediaTypeSniffer.sniff(body, reply.declaredType());
            return List.of(new Item(body, mediaType, DocumentId.sniff(body, mediaType)));
        }
    }

    /**
     * A JSON array of envelopes that carry an XML document as text or base64 (optionally gzip-compressed, as SEFAZ
     * distribution does) at {@code document}. Each envelope is kept whole as a JSON document, the nfe-json
     * deserializer unwraps it; the XML is only decoded to sniff the id.
     *
     * @param pointer where the array is, as for {@link JsonList}
     * @param document where the XML is inside each envelope
     */
    record Envelope(Optional<JsonPointer> pointer, JsonPointer document) implements ResponseFormat {
        public Envelope {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(document, "document");
        }

        @Override
        public boolean needsJson() {
            return true;
        }

        @Override
        public List<Item> items(HttpReply reply, Optional<JsonBody> json) {
            List<Item> items = new ArrayList<>();
            for (byte[] element : elements(reply, json.orElseThrow(), pointer)) {
                Optional<String> id = JsonBody.trusted(element).text(document)
                        .map(Envelope::decodeHead)
                        .flatMap(xml -> DocumentId.sniff(xml, MediaType.XML));
                items.add(new Item(element, MediaType.JSON, id));
            }
            return items;
        }

        /** The first bytes of the carried XML: as is, or base64-decoded and gunzipped when it needs to be. */
        private static byte[] decodeHead(String carried) {
            String text = carried.trim();
            if (text.startsWith("<")) {
                return text.getBytes(StandardCharsets.UTF_8);
            }
            byte[] decoded;
            try {
                decoded = Base64.getMimeDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                return new byte[0];
            }
            if (decoded.length < 2 || (decoded[0] & 0xFF) != 0x1F || (decoded[1] & 0xFF) != 0x8B) {
                return decoded;
            }
            try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(decoded))) {
                return gzip.readNBytes(DocumentId.SNIFF_WINDOW);
            } catch (IOException e) {
                // A corrupt payload gets the hash id here; the deserializer quarantines it with a finding.
                return new byte[0];
            }
        }
    }

    private static List<byte[]> elements(HttpReply reply, JsonBody json, Optional<JsonPointer> pointer) {
        JsonPointer where = pointer.orElse(json.isArray() ? JsonPointer.empty() : ITEMS);
        return json.elements(where).orElseThrow(() -> new NfeException("Cannot read the response of "
                + reply.source() + ": no JSON array at " + (where.matches() ? "the root" : where.toString())));
    }
}
