package dev.nfe.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.testing.SpecialFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input set among good documents, through {@code nfe run} in a separate JVM with a 128 MB heap (folder
 * extract, {@code nfe-json} — which reads XML and JSON —, parquet): the run ends normally, every good document is in
 * silver once, and every hostile input is quarantined or rejected with a reason that names it.
 */
@Tag("reliability")
class HostileInputRunTest {
    private static final String NS = "http://www.portalfiscal.inf.br/nfe";
    private static final int GOOD = 20;
    private static final long HUGE = 200L << 20;

    @TempDir
    Path directory;

    @Test
    void run_hostileInputsAmongGoodOnesOnASmallHeap_quarantinesEachWithAReasonAndKeepsEveryGoodDocument()
            throws IOException, InterruptedException {
        Lake lake = Lake.generated(directory, GOOD);
        Map<String, String> hostile = hostileInputs(lake.landing);
        Path config = directory.resolve("hostile.yaml");
        Files.writeString(config, "pipeline: " + Lake.PIPELINE + "\n"
                + "storage: { type: local, root: ./lake }\n"
                + "extract: { type: folder, path: ./landing, pageSize: 10 }\n"
                + "transform: { deserializer: nfe-json, writer: parquet, catalog: none }\n");

        PipelineProcess.Result result = PipelineProcess.run(directory, config, List.of("-Xmx128m"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err() + result.out()).doesNotContain("OutOfMemoryError").doesNotContain("[Fatal Error]");
        List<String> silver = lake.silverChaves();
        assertThat(silver).containsExactlyInAnyOrderElementsOf(Lake.chaves(GOOD));
        String reasons = reasons(lake.root);
        ReliabilityTable table = new ReliabilityTable("hostile inputs on a 128 MB heap");
        for (Map.Entry<String, String> input : hostile.entrySet()) {
            assertThat(reasons).as("a reason naming %s", input.getKey()).contains(input.getKey());
            table.add(input.getValue(), 1, 0, 0, "quarantined or rejected with its reason");
        }
        assertThat(reasons).as("the symbolic link's target is never read").doesNotContain("outside.xml");
        assertThat(reasons).contains("NOT_A_REGULAR_FILE: a symbolic link, not followed");
        table.add("good documents beside them", 1, ReliabilityTable.lost(Lake.chaves(GOOD), silver),
                ReliabilityTable.duplicated(silver), "all " + GOOD + " in silver");
        table.write();
    }

    /** Writes the hostile set into {@code landing}: file name → what it is. */
    private static Map<String, String> hostileInputs(Path landing) throws IOException, InterruptedException {
        Map<String, String> inputs = new LinkedHashMap<>();
        write(landing, inputs, "hostile-xxe.xml", "XXE (external entity)",
                "<?xml version=\"1.0\"?><!DOCTYPE nfeProc [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<nfeProc xmlns=\"" + NS + "\">&x;</nfeProc>");
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        write(landing, inputs, "hostile-laughs.xml", "billion laughs",
                laughs + "]><nfeProc xmlns=\"" + NS + "\">&lol9;</nfeProc>");
        Files.write(landing.resolve("hostile-bomb.xml.gz"), gzipBomb());
        inputs.put("hostile-bomb.xml.gz", "gzip bomb (16 MiB of spaces)");
        Files.write(landing.resolve("hostile-zipbomb.zip"), zip("bomb.xml", new byte[64 << 20]));
        inputs.put("hostile-zipbomb.zip", "zip bomb (64 MiB entry)");
        Files.write(landing.resolve("hostile-traversal.zip"), zip("../escaped.xml",
                ("<nfeProc xmlns=\"" + NS + "\"/>").getBytes(StandardCharsets.UTF_8)));
        inputs.put("hostile-traversal.zip", "zip path traversal (../)");
        Path outside = landing.getParent().resolve("outside.xml");
        Files.writeString(outside, "<nfeProc xmlns=\"" + NS + "\"/>");
        Files.createSymbolicLink(landing.resolve("hostile-link.xml"), outside);
        inputs.put("hostile-link.xml", "symlink out of the landing folder");
        if (SpecialFiles.makeFifo(landing.resolve("hostile-fifo.xml"))) {
            inputs.put("hostile-fifo.xml", "FIFO (a read would block)");
        }
        try (RandomAccessFile huge = new RandomAccessFile(landing.resolve("hostile-huge.xml").toFile(), "rw")) {
            huge.setLength(HUGE);
        }
        inputs.put("hostile-huge.xml", "200 MB file");
        Files.write(landing.resolve("hostile-utf8.xml"), invalidUtf8());
        inputs.put("hostile-utf8.xml", "invalid UTF-8");
        Files.write(landing.resolve("hostile-empty.xml"), new byte[0]);
        inputs.put("hostile-empty.xml", "empty file");
        write(landing, inputs, "hostile-deep.xml", "deep nesting (100,000 levels)",
                "<nfeProc xmlns=\"" + NS + "\"><NFe>" + "<a>".repeat(100_000) + "</a>".repeat(100_000)
                        + "</NFe></nfeProc>");
        StringBuilder attributes = new StringBuilder("<nfeProc xmlns=\"" + NS + "\"");
        for (int i = 0; i < 100_000; i++) {
            attributes.append(" a").append(i).append("=\"x\"");
        }
        write(landing, inputs, "hostile-attributes.xml", "huge attribute count (100,000)",
                attributes + "><NFe/></nfeProc>");
        write(landing, inputs, "hostile-value.json", "huge JSON value (15 MB string)",
                "{\"chave\": \"35260111222333000181550010000000011000000018\", \"xml\": \""
                        + "A".repeat(15_000_000) + "\"}");
        write(landing, inputs, "hostile-array.json", "huge JSON array (1,000,000 numbers)",
                "{\"documents\": [" + "1,".repeat(999_999) + "1]}");
        return inputs;
    }

    private static void write(Path landing, Map<String, String> inputs, String name, String what, String content)
            throws IOException {
        Files.writeString(landing.resolve(name), content, StandardCharsets.UTF_8);
        inputs.put(name, what);
    }

    /** Every quarantine reason and rejected-input record of the lake, as one text. */
    private static String reasons(Path root) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path folder : List.of(root.resolve("silver/_quarantine"), root.resolve("_state/" + Lake.PIPELINE))) {
            if (!Files.exists(folder)) {
                continue;
            }
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).filter(path -> !path.toString().endsWith(".xml")
                        && !path.toString().endsWith(".json.gz")).forEach(files::add);
            }
            for (Path file : files) {
                if (Files.size(file) < (1 << 20)) {
                    text.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static byte[] zip(String entry, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] invalidUtf8() {
        byte[] head = ("<nfeProc xmlns=\"" + NS + "\"><NFe><infNFe><ide><natOp>VENDA ").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</natOp></ide></infNFe></NFe></nfeProc>".getBytes(StandardCharsets.UTF_8);
        byte[] document = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, document, 0, head.length);
        document[head.length] = (byte) 0xC3;
        document[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, document, head.length + 2, tail.length);
        return document;
    }

    private static byte[] gzipBomb() {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(("<nfeProc xmlns=\"" + NS + "\">").getBytes(StandardCharsets.UTF_8));
            gzip.write(" ".repeat(16 << 20).getBytes(StandardCharsets.US_ASCII));
            gzip.write("</nfeProc>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }
}
