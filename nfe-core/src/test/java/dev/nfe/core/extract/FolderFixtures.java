package dev.nfe.core.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small NF-e shaped documents and the files that carry them, for extractor tests. */
final class FolderFixtures {

    private FolderFixtures() {
    }

    /** A 44-digit chave de acesso numbered {@code n} (check digit not computed: ids do not need it). */
    static String chave(int n) {
        return "3526010691671400012055001" + String.format("%019d", n);
    }

    static String nfeXml(int n) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><nfeProc xmlns=\"http://www.portalfiscal.inf.br/nfe\">"
                + "<NFe><infNFe Id=\"NFe" + chave(n) + "\" versao=\"4.00\"><ide><nNF>" + n + "</nNF></ide></infNFe>"
                + "</NFe><protNFe><infProt><chNFe>" + chave(n) + "</chNFe></infProt></protNFe></nfeProc>";
    }

    static String nfeJson(int n) {
        return "{\"nfeProc\":{\"NFe\":{\"infNFe\":{\"@Id\":\"NFe" + chave(n) + "\",\"ide\":{\"nNF\":\"" + n
                + "\"}}}}}";
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A zip of {@code entries} in iteration order. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Path write(Path root, String path, byte[] content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
