package dev.nfe.core.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.nfe.core.spi.NfeException;

/**
 * A seeded generator of synthetic NF-e / NFC-e documents (nfeProc, layout 4.00), their events and SEFAZ summaries.
 *
 * <p>{@code generate(index)} depends only on the seed, the options and the index, so the same call returns the same
 * bytes on every machine and any index can be produced alone, in any order or in parallel. Documents carry valid
 * CNPJ/CPF and chave check digits, follow the XSD sequence of PL_010e (NT 2025.002), and their totals reconcile
 * exactly with their items (see {@link ExpectedTotals} for the vNF formula). Everything is fictitious; by default
 * there is no XML signature, {@link #withDummySignature()} adds a placeholder that satisfies the XSD.
 *
 * <pre>{@code
 * NfeGenerator generator = NfeGenerator.seeded(42).withItemsPerDocument(1, 50).withNfceShare(20);
 * GeneratedDocument document = generator.generate(0);
 * GeneratedEvent cancellation = generator.generateEvent(document, EventType.CANCELLATION);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; the {@code with…} methods return new generators.
 */
public final class NfeGenerator {
    /** The NF-e layout version of every generated document. */
    public static final String LAYOUT_VERSION = "4.00";
    /** The largest index: {@code nNF = index + 1} must fit nine digits. */
    public static final int MAX_INDEX = 999_999_998;

    private static final long EMITTER_STREAM = 10;
    private static final long COMPANY_STREAM = 11;
    private static final long TECHNICAL_STREAM = 12;

    private final GeneratorSettings settings;
    private final List<Emitter> emitters;
    private final DocumentComposer documents;
    private final EventComposer events;

    private NfeGenerator(GeneratorSettings settings) {
        this.settings = settings;
        List<Emitter> emitterPool = new ArrayList<>(settings.emitterCount());
        for (int i = 0; i < settings.emitterCount(); i++) {
            emitterPool.add(PartyFactory.emitter(SeededRandom.of(settings.seed(), EMITTER_STREAM, i)));
        }
        this.emitters = List.copyOf(emitterPool);
        List<Recipient> companies = new ArrayList<>(settings.recipientCount());
        for (int i = 0; i < settings.recipientCount(); i++) {
            companies.add(PartyFactory.company(SeededRandom.of(settings.seed(), COMPANY_STREAM, i)));
        }
        String technicalResponsible = GeneratedCnpj.random(SeededRandom.of(settings.seed(), TECHNICAL_STREAM));
        this.documents = new DocumentComposer(settings, companies, technicalResponsible, this::chave);
        this.events = new EventComposer(settings);
    }

    /**
     * A generator with default options: 1 to 10 items per document, 30% NFC-e, documents issued from 2025-10-01 to
     * 2026-03-31 of which half of those from 2026 carry the IBS/CBS groups, 25 emitters, 200 company recipients,
     * no signature.
     */
    public static NfeGenerator seeded(long seed) {
        return new NfeGenerator(new GeneratorSettings(seed, 1, 10, 30, 50, LocalDate.of(2025, 10, 1),
                LocalDate.of(2026, 3, 31), 25, 200, GeneratorSettings.SignatureMode.NONE));
    }

    /** Draws each document's item count uniformly from {@code min..max} (1 to 990). */
    public NfeGenerator withItemsPerDocument(int min, int max) {
        GeneratorSettings s = settings;
        return new NfeGenerator(new GeneratorSettings(s.seed(), min, max, s.nfcePercent(), s.reformPercent(),
                s.firstIssueDay(), s.lastIssueDay(), s.emitterCount(), s.recipientCount(), s.signature()));
    }

    /** Makes {@code percent} of the documents NFC-e (model 65), the rest NF-e (model 55). */
    public NfeGenerator withNfceShare(int percent) {
        GeneratorSettings s = settings;
        return new NfeGenerator(new GeneratorSettings(s.seed(), s.minItems(), s.maxItems(), percent,
                s.reformPercent(), s.firstIssueDay(), s.lastIssueDay(), s.emitterCount(), s.recipientCount(),
                s.signature()));
    }

    /**
     * Gives {@code percent} of the documents issued from 2026 the reform groups (IBSCBS per item, IBSCBSTot and
     * vNFTot; IS on some items from 2027). Documents issued before 2026 never carry them.
     */
    public NfeGenerator withReformShare(int percent) {
        GeneratorSettings s = settings;
        return new NfeGenerator(new GeneratorSettings(s.seed(), s.minItems(), s.maxItems(), s.nfcePercent(), percent,
                s.firstIssueDay(), s.lastIssueDay(), s.emitterCount(), s.recipientCount(), s.signature()));
    }

    /** Issues documents on days drawn uniformly from {@code first..last}, both inclusive. */
    public NfeGenerator withIssuePeriod(LocalDate first, LocalDate last) {
        GeneratorSettings s = settings;
        return new NfeGenerator(new GeneratorSettings(s.seed(), s.minItems(), s.maxItems(), s.nfcePercent(),
                s.reformPercent(), first, last, s.emitterCount(), s.recipientCount(), s.signature()));
    }

    /** Draws emitters from a pool of {@code count} companies, so that emitters recur across documents. */
    public NfeGenerator withEmitters(int count) {
        GeneratorSettings s = settings;
        return new NfeGenerator(new GeneratorSettings(s.seed(), s.minItems(), s.maxItems(), s.nfcePercent(),
                s.reformPercent(), s.firstIssueDay(), s.lastIssueDay(), count, s.recipientCount(), s.signature()));
    }

    /** Draws company recipients of NF-e from a pool of {@code count} companies. */
    public NfeGenerator withCompanyRecipients(int count) {
        GeneratorSettings s = settings;
        return new NfeGenerator(new GeneratorSettings(s.seed(), s.minItems(), s.maxItems(), s.nfcePercent(),
                s.reformPercent(), s.firstIssueDay(), s.lastIssueDay(), s.emitterCount(), count, s.signature()));
    }

    /**
     * Adds a syntactically valid placeholder {@code ds:Signature} to NFe and evento, which the XSDs require. It signs
     * nothing and no verifier accepts it; it exists for schema validation.
     */
    public NfeGenerator withDummySignature() {
        GeneratorSettings s = settings;
        return new NfeGenerator(new GeneratorSettings(s.seed(), s.minItems(), s.maxItems(), s.nfcePercent(),
                s.reformPercent(), s.firstIssueDay(), s.lastIssueDay(), s.emitterCount(), s.recipientCount(),
                GeneratorSettings.SignatureMode.DUMMY));
    }

    /** The seed. */
    public long seed() {
        return settings.seed();
    }

    /** The document of {@code index} (0 to {@link #MAX_INDEX}); {@code nNF = index + 1}, so chaves never repeat. */
    public GeneratedDocument generate(int index) {
        return documents.compose(header(index));
    }

    /** The chave of document {@code index}, without generating the document. */
    public String chave(int index) {
        return header(index).chave();
    }

    /** Documents {@code 0..count-1}, generated lazily in index order. */
    public Stream<GeneratedDocument> stream(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("Cannot stream " + count + " documents: count is negative");
        }
        return IntStream.range(0, count).mapToObj(this::generate);
    }

    /**
     * Writes documents {@code 0..count-1} to {@code directory} (created if missing) as {@code <chave>-procNFe.xml},
     * one at a time; existing files of the same name are replaced with identical content.
     *
     * @throws NfeException if a file cannot be written
     */
    public void writeTo(Path directory, int count) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new NfeException("Cannot create directory " + directory, e);
        }
        stream(count).forEach(document -> {
            Path file = directory.resolve(document.fileName());
            try (var out = Files.newOutputStream(file)) {
                document.openStream().transferTo(out);
            } catch (IOException e) {
                throw new NfeException("Cannot write " + file, e);
            }
        });
    }

    /** The first event of {@code type} on {@code target} ({@code nSeqEvento} 1). */
    public GeneratedEvent generateEvent(GeneratedDocument target, EventType type) {
        return generateEvent(target, type, 1);
    }

    /**
     * An event of {@code type} on {@code target}, deterministic for (seed, target index, type, sequence). Correction
     * letters and manifestação apply to NF-e only, and manifestação needs a recipient, who is its author.
     *
     * @param sequence {@code nSeqEvento}, 1 to 20
     * @throws IllegalArgumentException if the event does not apply to the target
     */
    public GeneratedEvent generateEvent(GeneratedDocument target, EventType type, int sequence) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(type, "type");
        return events.compose(target, type, sequence);
    }

    /** The resNFe summary of an authorised document. */
    public GeneratedSummary generateSummary(GeneratedDocument document) {
        return generateSummary(document, NfeSituation.AUTHORIZED);
    }

    /** The resNFe summary of a document in the given situation. */
    public GeneratedSummary generateSummary(GeneratedDocument document, NfeSituation situation) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(situation, "situation");
        return SummaryComposer.summary(document, situation);
    }

    /** The resEvento summary of an event. */
    public GeneratedSummary generateSummary(GeneratedEvent event) {
        Objects.requireNonNull(event, "event");
        return SummaryComposer.summary(event);
    }

    private DocumentHeader header(int index) {
        if (index < 0 || index > MAX_INDEX) {
            throw new IllegalArgumentException("Cannot generate document " + index + ": index must be 0 to "
                    + MAX_INDEX);
        }
        return DocumentHeader.plan(settings, emitters, index);
    }
}
