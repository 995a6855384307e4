package dev.nfe.core.extract;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the {@code sefaz-dfe} extractor asks for and the limits it reads under.
 *
 * @param tpAmb 1 production, 2 homologation
 * @param cUFAutor the IBGE code of the party's state
 * @param party the CNPJ or CPF the documents are issued against
 * @param mode which query the run makes
 * @param startNsu the {@code ultNSU} of the first {@code distNSU} call, before any checkpoint exists
 * @param nsus the NSUs asked for in {@code consNSU} mode
 * @param chaves the chaves de acesso asked for in {@code consChNFe} mode
 * @param maxDocumentBytes the largest decoded document
 * @param maxCompressionRatio the largest inflated-to-compressed ratio of a docZip
 * @param deadlineMargin no call is started when less than this remains before the deadline
 */
record DistDFeSettings(int tpAmb, String cUFAutor, String party, Mode mode, long startNsu, List<Long> nsus,
                       List<String> chaves, long maxDocumentBytes, int maxCompressionRatio,
                       Duration deadlineMargin) {
    /** SEFAZ blocks a party for an hour after it was told there is nothing new (137) or abused the service (656). */
    static final Duration BLOCK = Duration.ofHours(1);

    /** SEFAZ caps consNSU and consChNFe at this many calls an hour per party. */
    static final int CONSULTATIONS_PER_HOUR = 20;

    DistDFeSettings {
        Objects.requireNonNull(cUFAutor, "cUFAutor");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(mode, "mode");
        nsus = List.copyOf(nsus);
        chaves = List.copyOf(chaves);
        Objects.requireNonNull(deadlineMargin, "deadlineMargin");
    }

    /** The query a run makes. */
    enum Mode {
        /** Every document after the checkpoint's {@code ultNSU}, 50 per call, until caught up. */
        DIST_NSU,
        /** The configured NSUs one by one, to fill gaps. */
        CONS_NSU,
        /** The configured chaves one by one, to fetch one key again. */
        CONS_CH_NFE
    }
}
