package dev.nfe.core.extract;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.Secret;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS identity SEFAZ requires: the company's A1 certificate (a PKCS#12 key store and its password) as client
 * key, and the trust store the server's chain is checked against (the JDK's when none is given; SEFAZ's servers
 * are issued under ICP-Brasil, which the JDK does not trust, so production configurations name one). The key
 * store bytes and the password are only held as {@link Secret}s and never appear in a message: a store that cannot
 * be opened is reported by the configuration key alone.
 */
final class SefazCertificate {
    private final SSLContext context;
    private final EventSigner signer;

    private SefazCertificate(SSLContext context, EventSigner signer) {
        this.context = context;
        this.signer = signer;
    }

    /**
     * Opens the PKCS#12 {@code keyStore} (its bytes as a secret, e.g. base64-decoded) with {@code password}.
     *
     * @param keyPath names the certificate in messages ({@code extract.certificate})
     * @param trustStore an optional PKCS#12 trust store and its password
     * @throws ConfigException if a store cannot be opened or holds no key; the message names only the key
     */
    static SefazCertificate open(String keyPath, byte[] keyStore, Secret password,
            Optional<TrustStore> trustStore) {
        Objects.requireNonNull(password, "password");
        KeyManagerFactory keys;
        EventSigner signer;
        try {
            KeyStore store = load(keyStore, password);
            Optional<String> alias = keyAlias(store);
            if (alias.isEmpty()) {
                throw new ConfigException(keyPath + ": the PKCS#12 key store holds no private key");
            }
            KeyStore.Entry found = store.getEntry(alias.get(),
                    new KeyStore.PasswordProtection(password.reveal().toCharArray()));
            if (!(found instanceof KeyStore.PrivateKeyEntry entry)
                    || !(entry.getCertificate() instanceof X509Certificate certificate)) {
                throw new ConfigException(keyPath + ": the PKCS#12 key has no X.509 certificate");
            }
            signer = new EventSigner(entry.getPrivateKey(), certificate);
            keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password.reveal().toCharArray());
        } catch (IOException | GeneralSecurityException e) {
            // The cause is left out: provider messages may quote the store, and a wrong password reads the same.
            throw new ConfigException(keyPath + ": cannot open the PKCS#12 key store with the given password ("
                    + e.getClass().getSimpleName() + ")");
        }
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore.isPresent() ? load(trustStore.get().bytes(), trustStore.get().password()) : null);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return new SefazCertificate(context, signer);
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigException(keyPath + ": cannot open the trust store (" + e.getClass().getSimpleName()
                    + ")");
        }
    }

    /** The TLS context presenting the certificate. */
    SSLContext sslContext() {
        return context;
    }

    /** Signs events with the certificate's key, as SEFAZ requires of the events a party sends. */
    EventSigner signer() {
        return signer;
    }

    private static KeyStore load(byte[] bytes, Secret password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(bytes), password.reveal().toCharArray());
        return store;
    }

    private static Optional<String> keyAlias(KeyStore store) throws GeneralSecurityException {
        var aliases = store.aliases();
        while (aliases.hasMoreElements()) {
            String alias = aliases.nextElement();
            if (store.isKeyEntry(alias)) {
                return Optional.of(alias);
            }
        }
        return Optional.empty();
    }

    /**
     * A PKCS#12 trust store.
     *
     * @param bytes the store
     * @param password its password
     */
    record TrustStore(byte[] bytes, Secret password) {
        TrustStore {
            bytes = bytes.clone();
            Objects.requireNonNull(password, "password");
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public String toString() {
            return "TrustStore[" + bytes.length + " bytes]";
        }
    }
}
