package dev.nfe.core.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Key and trust stores for a mutual-TLS test, made at test time with the JDK's {@code keytool} (nothing committed):
 * a server key for {@code localhost}, a client (A1-like) key, and the two trust stores that make each side accept
 * the other.
 *
 * @param serverKeys the server's PKCS#12 key store
 * @param serverTrust the server's trust store, holding the client's certificate
 * @param clientKeys the client's PKCS#12 key store, the "A1 certificate"
 * @param clientTrust the client's trust store, holding the server's certificate
 * @param password the password of every store and key
 */
record TestCertificates(Path serverKeys, Path serverTrust, Path clientKeys, Path clientTrust, String password) {

    /** Generates the stores in {@code directory} with {@code password}. */
    static TestCertificates generate(Path directory, String password) {
        Path serverKeys = directory.resolve("server.p12");
        Path clientKeys = directory.resolve("client.p12");
        Path serverTrust = directory.resolve("server-trust.p12");
        Path clientTrust = directory.resolve("client-trust.p12");
        Path serverCert = directory.resolve("server.cer");
        Path clientCert = directory.resolve("client.cer");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", serverKeys.toString(), "-storepass", password, "-keypass", password);
        keytool("-genkeypair", "-alias", "a1", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=EMPRESA TESTE LTDA:12345678000195, OU=Certificado PF A1, O=ICP-Brasil, C=BR",
                "-storetype", "PKCS12", "-keystore", clientKeys.toString(), "-storepass", password,
                "-keypass", password);
        keytool("-exportcert", "-alias", "server", "-keystore", serverKeys.toString(), "-storepass", password,
                "-file", serverCert.toString());
        keytool("-exportcert", "-alias", "a1", "-keystore", clientKeys.toString(), "-storepass", password,
                "-file", clientCert.toString());
        keytool("-importcert", "-noprompt", "-alias", "client", "-file", clientCert.toString(), "-storetype",
                "PKCS12", "-keystore", serverTrust.toString(), "-storepass", password);
        keytool("-importcert", "-noprompt", "-alias", "server", "-file", serverCert.toString(), "-storetype",
                "PKCS12", "-keystore", clientTrust.toString(), "-storepass", password);
        return new TestCertificates(serverKeys, serverTrust, clientKeys, clientTrust, password);
    }

    /** Another client key store, not trusted by the server. */
    static Path untrustedClient(Path directory, String password) {
        Path keys = directory.resolve("stranger.p12");
        keytool("-genkeypair", "-alias", "stranger", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=STRANGER", "-storetype", "PKCS12", "-keystore", keys.toString(), "-storepass", password,
                "-keypass", password);
        return keys;
    }

    private static void keytool(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The client key store as base64, as a secret store would hold it. */
    String clientKeysBase64() {
        try {
            return Base64.getEncoder().encodeToString(Files.readAllBytes(clientKeys));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
