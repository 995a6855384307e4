package dev.nfe.examples.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.config.PipelineConfigLoader;
import dev.nfe.core.generate.EventType;
import dev.nfe.core.generate.GeneratedDocument;
import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.runtime.ProgressListener;
import dev.nfe.core.runtime.Stage;
import dev.nfe.core.spi.RunSummary;
import dev.nfe.redshift.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The current-version rule through the whole pipeline, as a user runs it: documents dropped in a landing folder over
 * two runs go through extract (bronze), transform (silver) and the example rules into the embedded PostgreSQL, which
 * is then opened again and read.
 */
class CurrentVersionPipelineTest {
    private static final NfeGenerator GENERATOR = NfeGenerator.seeded(23).withItemsPerDocument(1, 3);

    @TempDir
    Path lake;

    private Pipeline pipeline() throws IOException {
        Files.createDirectories(lake.resolve("landing"));
        Path config = lake.resolve("pipeline.yaml");
        Files.writeString(config, """
                pipeline: versions
                storage: { type: local, root: %1$s }
                extract: { type: folder, path: %1$s/landing }
                transform: { deserializer: nfe-xml, writer: parquet, catalog: none }
                notify: log
                load:
                  type: jdbc
                  url: embedded
                  storage: { type: local, root: %1$s }
                  schema: sales
                  setup: [ sql/schema.sql ]
                  rules: [ sql/nfe_event_registered.sql, sql/sales_by_item.sql, sql/sales_by_cfop.sql, sql/sales_by_uf.sql ]
                  gold: { writer: parquet, layer: gold }
                """.formatted(lake.toAbsolutePath()));
        return Pipeline.fromConfig(PipelineConfigLoader.create().load(config));
    }

    private List<RunSummary> run(Pipeline pipeline) {
        return pipeline.runStages(pipeline.request(Stage.ALL), ProgressListener.NONE);
    }

    private void land(String name, byte[] bytes) throws IOException {
        Files.write(lake.resolve("landing").resolve(name), bytes);
    }

    /** {@code doc_kind, cancelled} of each loaded item of {@code chave}, as {@code kind/cancelled} strings. */
    private List<String> loaded(String chave) throws SQLException {
        try (EmbeddedPostgres server = EmbeddedPostgres.start(lake.resolve("_warehouse/postgresql"));
                Connection connection = server.connect();
                PreparedStatement query = connection.prepareStatement("SELECT doc_kind, prot_nfe_dh_recbto IS NOT NULL"
                        + " AS has_protocol, cancelled FROM sales.sales_by_item WHERE chave = ? ORDER BY n_item")) {
            query.setString(1, chave);
            List<String> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + "/protocol=" + result.getBoolean(2) + "/cancelled=" + result.getBoolean(3));
                }
            }
            return rows;
        }
    }

    private static List<String> items(GeneratedDocument document, String row) {
        return document.items().stream().map(item -> row).toList();
    }

    @Test
    void run_versionsAndEventsOverTwoRuns_loadTheCurrentVersion() throws Exception {
        GeneratedDocument nfeFirst = GENERATOR.generate(0);
        GeneratedDocument procFirst = GENERATOR.generate(1);
        GeneratedDocument resent = GENERATOR.generate(2);
        GeneratedDocument cancelledFirst = GENERATOR.generate(3);
        Pipeline pipeline = pipeline();
        land("a-nfe.xml", nfeFirst.bareNfeXml());
        land("b-proc.xml", procFirst.xml());
        land("c-proc.xml", resent.xml());
        land("d-cancel.xml", GENERATOR.generateEvent(cancelledFirst, EventType.CANCELLATION).xml());
        run(pipeline);

        land("e-proc.xml", nfeFirst.xml());
        land("f-nfe.xml", procFirst.bareNfeXml());
        land("g-copy-of-c.xml", resent.xml());
        land("h-proc.xml", cancelledFirst.xml());
        List<RunSummary> second = run(pipeline);

        assertThat(second.get(0)).extracting(RunSummary::seen, RunSummary::written, RunSummary::duplicates)
                .containsExactly(4L, 3L, 1L);
        assertThat(loaded(nfeFirst.chave())).isEqualTo(items(nfeFirst, "nfe_proc/protocol=true/cancelled=false"));
        assertThat(loaded(procFirst.chave())).isEqualTo(items(procFirst, "nfe_proc/protocol=true/cancelled=false"));
        assertThat(loaded(resent.chave())).isEqualTo(items(resent, "nfe_proc/protocol=true/cancelled=false"));
        assertThat(loaded(cancelledFirst.chave()))
                .isEqualTo(items(cancelledFirst, "nfe_proc/protocol=true/cancelled=true"));
    }
}
