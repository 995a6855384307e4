package dev.nfe.core.extract;

import dev.nfe.core.spi.NfeException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Signs an event as the NF-e layout requires: an enveloped XMLDSig appended to {@code evento}, over its
 * {@code infEvento} (referenced by {@code #Id}), with C14N 1.0, RSA-SHA1 and a SHA-1 digest, and the signer's
 * certificate in {@code KeyInfo/X509Data}. Uses only the JDK's {@code javax.xml.crypto}. The key is held in memory
 * and never shown: {@link #toString()} names the certificate's subject only. Thread-safe.
 */
final class EventSigner {
    private static final String XMLDSIG = XMLSignature.XMLNS;

    private final PrivateKey key;
    private final X509Certificate certificate;

    EventSigner(PrivateKey key, X509Certificate certificate) {
        this.key = Objects.requireNonNull(key, "key");
        this.certificate = Objects.requireNonNull(certificate, "certificate");
    }

    /**
     * Appends the signature of {@code event}'s {@code infEvento} to its {@code evento} root.
     *
     * @param event a document made by {@link CienciaEvent#unsigned()}
     * @param id the {@code infEvento/@Id} the signature references
     */
    void sign(Document event, String id) {
        XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
        try {
            Reference reference = factory.newReference("#" + id,
                    factory.newDigestMethod(DigestMethod.SHA1, null),
                    List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            factory.newTransform(CanonicalizationMethod.INCLUSIVE, (TransformParameterSpec) null)),
                    null, null);
            SignedInfo signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE,
                            (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(SignatureMethod.RSA_SHA1, null), List.of(reference));
            KeyInfoFactory keyInfos = factory.getKeyInfoFactory();
            KeyInfo keyInfo = keyInfos.newKeyInfo(List.of(keyInfos.newX509Data(List.of(certificate))));
            DOMSignContext context = new DOMSignContext(key, event.getDocumentElement());
            // SHA-1 is what the layout prescribes; the JDK refuses it under secure validation.
            context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.FALSE);
            factory.newXMLSignature(signedInfo, keyInfo).sign(context);
        } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
            throw new NfeException("Cannot sign event " + id + " with the certificate of "
                    + certificate.getSubjectX500Principal().getName() + ": " + e.getClass().getSimpleName(), e);
        }
        // Line breaks the JDK puts in base64 values outside SignedInfo are refused by some services.
        collapse(event, "SignatureValue");
        collapse(event, "X509Certificate");
    }

    private static void collapse(Document event, String name) {
        NodeList nodes = event.getElementsByTagNameNS(XMLDSIG, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            String text = node.getTextContent().replaceAll("\\s", "");
            ((Element) node).setTextContent(text);
        }
    }

    @Override
    public String toString() {
        return "EventSigner[" + certificate.getSubjectX500Principal().getName() + "]";
    }
}
