package dev.nfe.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * NFC-e supplementary data ({@code infNFeSupl}).
 *
 * @param qrCode {@code /NFe/infNFeSupl/qrCode}
 * @param urlChave {@code /NFe/infNFeSupl/urlChave}
 */
public record InfNFeSupl(
        String qrCode,
        Optional<String> urlChave) {
    public InfNFeSupl {
        Objects.requireNonNull(qrCode, "qrCode");
        Objects.requireNonNull(urlChave, "urlChave");
    }
}
