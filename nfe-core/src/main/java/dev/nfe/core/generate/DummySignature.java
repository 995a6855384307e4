package dev.nfe.core.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A syntactically valid {@code ds:Signature} that signs nothing: the XSDs require one in NFe and evento, so
 * documents meant for schema validation can carry this placeholder. Its DigestValue is the one the protocol repeats
 * in {@code digVal}; the SignatureValue and certificate are fixed filler bytes. No verifier will accept it.
 */
final class DummySignature {
    private static final String SIGNATURE_VALUE = Base64.getEncoder().encodeToString(
            "synthetic signature value, not a real RSA-SHA1 signature".repeat(4).getBytes(StandardCharsets.US_ASCII));
    private static final String CERTIFICATE = Base64.getEncoder().encodeToString(
            "synthetic certificate, not an ICP-Brasil X.509 certificate".repeat(8)
                    .getBytes(StandardCharsets.US_ASCII));

    private DummySignature() {
    }

    /** The base64 SHA-1 digest the protocol and signature report for a document or event id. */
    static String digestValue(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(id.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot digest " + id + ": the JDK has no SHA-1", e);
        }
    }

    /** Writes the signature block referencing {@code #id}. */
    static void write(TagWriter out, String id, String digestValue) {
        out.open("Signature", "xmlns", TagWriter.DSIG_NAMESPACE)
                .open("SignedInfo")
                .empty("CanonicalizationMethod", "Algorithm", "http://www.w3.org/TR/2001/REC-xml-c14n-20010315")
                .empty("SignatureMethod", "Algorithm", "http://www.w3.org/2000/09/xmldsig#rsa-sha1")
                .open("Reference", "URI", "#" + id)
                .open("Transforms")
                .empty("Transform", "Algorithm", "http://www.w3.org/2000/09/xmldsig#enveloped-signature")
                .empty("Transform", "Algorithm", "http://www.w3.org/TR/2001/REC-xml-c14n-20010315")
                .close("Transforms")
                .empty("DigestMethod", "Algorithm", "http://www.w3.org/2000/09/xmldsig#sha1")
                .text("DigestValue", digestValue)
                .close("Reference")
                .close("SignedInfo")
                .text("SignatureValue", SIGNATURE_VALUE)
                .open("KeyInfo").open("X509Data").text("X509Certificate", CERTIFICATE).close("X509Data")
                .close("KeyInfo")
                .close("Signature");
    }
}
