package dev.nfe.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.config.LeaseConfig;
import dev.nfe.core.runtime.CleanSummary.Removal;
import dev.nfe.core.storage.LocalStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clean} after a transform that crashed between its data files and its manifest, with temporary files left in
 * bronze, silver and state: it removes exactly the leftovers of its own pipeline that are older than the bound, the
 * rerun then leaves the lake as an uninterrupted run does, and a held lease makes it remove nothing.
 */
class PipelineCleanTest {
    private static final int DOCUMENTS = 25;
    private static final String DAY = "ingest_date=2026-01-05";
    private static final String BATCH_ONE = "bronze/nfe-test/" + DAY + "/20260105-000001/";
    private static final Duration HOUR = Duration.ofHours(1);

    @TempDir
    Path directory;

    private PipelineFixture fixture;
    private Instant old;

    @BeforeEach
    void crashedLake() throws IOException {
        fixture = new PipelineFixture(directory.resolve("crashed")).generate(DOCUMENTS);
        fixture.pipeline().run(fixture.pipeline().request(Stage.EXTRACT));
        Pipeline crashing = fixture.builder(TransformCrashTest.crashing(fixture.lake,
                key -> key.startsWith("silver/_manifests/"), 1, "manifest")).build();
        assertThatThrownBy(() -> crashing.run(crashing.request(Stage.TRANSFORM)))
                .satisfies(TransformCrashTest::causedByCrash);
        // Files carry the real time they were written; the clean's clock must come later for them to be old.
        fixture.clock.advance(Duration.between(fixture.clock.instant(), Instant.now()).plus(Duration.ofHours(3)));
        old = fixture.clock.instant().minus(Duration.ofHours(2));
    }

    @Test
    void clean_afterCrash_removesExactlyTheOldLeftoversOfThePipeline() throws IOException {
        String strayDocument = BATCH_ONE + "35260100000000000000550010000000991000000990.xml";
        plant(strayDocument, old);
        String bronzeTemporary = plant(temporaryOf(BATCH_ONE + "35260100000000000000550010000000981000000980.xml"), old);
        String silverTemporary = plant(temporaryOf(
                "silver/nfe_item/" + DAY + "/batch=nfe-test.20260105-000003/part-00000.parquet"), old);
        String stateTemporary = plant(temporaryOf("_state/nfe-test/extract.json"), old);
        String otherPipeline = plant("silver/nfe/" + DAY + "/batch=other.20260105-000001/part-00000.parquet", old);
        String otherTemporary = plant(temporaryOf(
                "silver/nfe/" + DAY + "/batch=other.20260105-000001/part-00001.parquet"), old);
        String youngTemporary = plant(temporaryOf(BATCH_ONE + "35260100000000000000550010000000971000000970.xml"),
                fixture.clock.instant());
        Map<String, byte[]> before = fixture.files("");

        CleanSummary dryRun = fixture.pipeline().clean(HOUR, true);

        assertThat(fixture.files("").keySet()).containsExactlyElementsOf(before.keySet());
        assertThat(dryRun.removed()).filteredOn(removal -> removal.kind() == Removal.Kind.UNFINISHED_WRITE)
                .extracting(Removal::detail)
                .containsExactlyInAnyOrder(name(stateTemporary), name(bronzeTemporary), name(silverTemporary));
        assertThat(dryRun.removed()).filteredOn(removal -> removal.kind() == Removal.Kind.UNREFERENCED_OBJECT)
                .extracting(Removal::path)
                .contains(strayDocument)
                .allMatch(path -> path.equals(strayDocument)
                        || path.matches("silver/[a-z_]+/" + DAY + "/batch=nfe-test\\.20260105-000002/part-\\d{5}\\.parquet"))
                .hasSizeGreaterThan(2);

        CleanSummary cleaned = fixture.pipeline().clean(HOUR, false);

        assertThat(cleaned.removed()).isEqualTo(dryRun.removed());
        Map<String, byte[]> after = fixture.files("");
        Map<String, byte[]> expected = new HashMap<>(before);
        cleaned.removed().forEach(removal -> expected.remove(removal.kind() == Removal.Kind.UNFINISHED_WRITE
                ? removal.path().substring(0, removal.path().lastIndexOf('/') + 1) + removal.detail()
                : removal.path()));
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(after).containsKeys(otherPipeline, otherTemporary, youngTemporary);
        assertThat(fixture.pipeline().clean(HOUR, false).removed()).isEmpty();
    }

    @Test
    void clean_thenRerun_leavesSilverAsAnUninterruptedRun() {
        PipelineFixture uninterrupted = new PipelineFixture(directory.resolve("uninterrupted")).generate(DOCUMENTS);
        uninterrupted.pipeline().run(uninterrupted.pipeline().request(Stage.EXTRACT));
        uninterrupted.pipeline().run(uninterrupted.pipeline().request(Stage.TRANSFORM));

        fixture.pipeline().clean(HOUR, false);
        fixture.pipeline().run(fixture.pipeline().request(Stage.TRANSFORM));

        Map<String, byte[]> silver = fixture.files("silver");
        Map<String, byte[]> expected = uninterrupted.files("silver");
        assertThat(silver.keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(silver).allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(expected.get(path)));
    }

    @Test
    void clean_whileAnotherRunHoldsAStage_removesNothingAndNamesTheHolder() throws IOException {
        plant(temporaryOf(BATCH_ONE + "35260100000000000000550010000000981000000980.xml"), old);
        Map<String, byte[]> before = fixture.files("");
        LeaseConfig noWait = new LeaseConfig(Duration.ofMinutes(1), Duration.ZERO);
        StageLeases leases = new StageLeases(new StateStore(fixture.lake, PipelineFixture.PIPELINE), noWait,
                fixture.clock, StageLeases.SLEEP);

        CleanSummary summary;
        try (HeldLease held = ((StageLeases.Held) leases.acquire("load", "other-run", fixture.clock.instant()))
                .lease()) {
            summary = fixture.builder(fixture.lake).lease(noWait).build().clean(HOUR, false);
        }

        assertThat(summary.heldBy()).contains("other-run");
        assertThat(summary.removed()).isEmpty();
        assertThat(fixture.files("").keySet()).containsExactlyElementsOf(before.keySet());
    }

    @Test
    void clean_withNegativeAge_isRefused() {
        assertThatThrownBy(() -> fixture.pipeline().clean(Duration.ofSeconds(-1), true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Writes a file at {@code key} of the lake, bypassing the storage, last modified at {@code modified}. */
    private String plant(String key, Instant modified) throws IOException {
        Path file = fixture.lakeRoot.resolve(key);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "left over");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return key;
    }

    /** The key of a temporary file of a write of {@code key}, as {@link LocalStorage} names them. */
    private static String temporaryOf(String key) {
        int slash = key.lastIndexOf('/');
        return key.substring(0, slash + 1) + "." + key.substring(slash + 1) + "." + UUID.randomUUID() + ".tmp";
    }

    private static String name(String key) {
        return key.substring(key.lastIndexOf('/') + 1);
    }
}
