package dev.nfe.core.generate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The fields of a document that make up its chave, drawn from their own random stream so that the chave of any
 * index can be computed without generating the document (NFref and events point at other documents).
 */
record DocumentHeader(int index, DocumentModel model, Emitter emitter, int serie, long nNF, OffsetDateTime dhEmi,
                      String cNF, String chave) {
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    static final String TP_EMIS = "1";
    private static final long HEADER_STREAM = 1;
    private static final DateTimeFormatter AAMM = DateTimeFormatter.ofPattern("yyMM");
    private static final int FIRST_SECOND = 7 * 3600;
    private static final int LAST_SECOND = 22 * 3600;

    DocumentHeader {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(emitter, "emitter");
        Objects.requireNonNull(dhEmi, "dhEmi");
        Objects.requireNonNull(cNF, "cNF");
        Objects.requireNonNull(chave, "chave");
    }

    static DocumentHeader plan(GeneratorSettings settings, List<Emitter> emitters, int index) {
        SeededRandom random = SeededRandom.of(settings.seed(), HEADER_STREAM, index);
        Emitter emitter = emitters.get(random.nextInt(emitters.size()));
        DocumentModel model = random.percent(settings.nfcePercent()) ? DocumentModel.NFCE : DocumentModel.NFE;
        long days = ChronoUnit.DAYS.between(settings.firstIssueDay(), settings.lastIssueDay());
        LocalDate day = settings.firstIssueDay().plusDays(random.between(0L, days));
        LocalTime time = LocalTime.ofSecondOfDay(random.between(FIRST_SECOND, LAST_SECOND));
        OffsetDateTime dhEmi = OffsetDateTime.of(day, time, emitter.municipality().offset());
        int serie = model == DocumentModel.NFE ? emitter.nfeSerie() : emitter.nfceSerie();
        long nNF = index + 1L;
        String cNF = random.digits(8);
        // The layout rejects a cNF equal to nNF: it would make the code guessable.
        if (Long.parseLong(cNF) == nNF) {
            cNF = String.format("%08d", (nNF + 1) % 100_000_000L);
        }
        String chave = GeneratedChave.of(emitter.municipality().cUF(), dhEmi.format(AAMM), emitter.party().taxId(),
                model.code(), serie, nNF, TP_EMIS, cNF);
        return new DocumentHeader(index, model, emitter, serie, nNF, dhEmi, cNF, chave);
    }
}
