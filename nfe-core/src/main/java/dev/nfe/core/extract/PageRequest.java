package dev.nfe.core.extract;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One list request: the URL without credentials, and the POST body if any.
 *
 * @param uri the URL to request; the auth query parameter is added only when sending
 * @param body the rendered POST body, empty for GET
 */
record PageRequest(URI uri, Optional<String> body) {
    PageRequest {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(body, "body");
    }
}
