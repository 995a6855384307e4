package dev.nfe.core.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Writes {@code infNFeSupl} of an NFC-e: the version-2 online QR code, {@code <url>?p=chave|2|tpAmb|cIdToken|hash}
 * where the hash is the SHA-1 of the same fields followed by the emitter's CSC, and the consultation URL.
 */
final class NfceQrCode {
    private NfceQrCode() {
    }

    static void write(TagWriter out, Emitter emitter, String chave, String tpAmb) {
        String uf = emitter.municipality().uf().toLowerCase(Locale.ROOT);
        String token = Integer.toString(Integer.parseInt(emitter.cscId()));
        String payload = chave + "|2|" + tpAmb + "|" + token;
        String hash = sha1Hex(payload + emitter.csc());
        out.open("infNFeSupl")
                .text("qrCode", "https://www.sefaz." + uf + ".gov.br/nfce/qrcode?p=" + payload + "|" + hash)
                .text("urlChave", "https://www.sefaz." + uf + ".gov.br/nfce/consulta")
                .close("infNFeSupl");
    }

    private static String sha1Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash the QR code: the JDK has no SHA-1", e);
        }
    }
}
