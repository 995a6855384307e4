package dev.nfe.core.extract;

import dev.nfe.core.spi.MediaType;

/**
 * Decides a document's {@link MediaType} from what its source declared (a file extension, a content type) and its
 * first significant byte, which wins when the two disagree: a {@code .json} file holding XML is XML.
 */
final class MediaTypeSniffer {

    private MediaTypeSniffer() {
    }

    static MediaType sniff(byte[] content, MediaType declared) {
        return switch (DocumentId.firstSignificantByte(content)) {
            case '<' -> MediaType.XML;
            case '{' -> declared == MediaType.NDJSON ? MediaType.NDJSON : MediaType.JSON;
            case '[' -> MediaType.JSON;
            default -> declared;
        };
    }
}
