package dev.nfe.core.model;

import java.util.Objects;

/**
 * The signature and authorisation provider of a document issued through one ({@code infPAA}): its CNPJ and the
 * issuer's RSA signature over the document's Id, with the public key that verifies it.
 *
 * @param cnpjPAA {@code /NFe/infNFe/infPAA/CNPJPAA}
 * @param signatureValue {@code /NFe/infNFe/infPAA/PAASignature/SignatureValue}, base64
 * @param modulus {@code /NFe/infNFe/infPAA/PAASignature/RSAKeyValue/Modulus}, base64
 * @param exponent {@code /NFe/infNFe/infPAA/PAASignature/RSAKeyValue/Exponent}, base64
 */
public record InfPAA(String cnpjPAA, String signatureValue, String modulus, String exponent) {
    public InfPAA {
        Objects.requireNonNull(cnpjPAA, "cnpjPAA");
        Objects.requireNonNull(signatureValue, "signatureValue");
        Objects.requireNonNull(modulus, "modulus");
        Objects.requireNonNull(exponent, "exponent");
    }
}
