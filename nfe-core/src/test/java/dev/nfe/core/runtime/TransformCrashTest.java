package dev.nfe.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.RunSummary;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.testing.FaultInjectingStorage.Point;
import dev.nfe.core.testing.FaultInjectingStorage;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A transform killed at each step of its commit protocol, then run again, leaves silver, quarantine and state
 * byte for byte as one uninterrupted run does.
 */
class TransformCrashTest {
    private static final int DOCUMENTS = 25;

    @TempDir
    Path directory;

    static Stream<Arguments> crashPoints() {
        return Stream.of(
                crash("mid-batch, after 13 rows", fixture -> fixture.builder(fixture.lake)
                        .layerWriter(new CrashingLayerWriter(fixture.parquet(), 13)).build()),
                crash("publishing the first data file", fixture -> over(fixture, storage -> crashing(storage,
                        key -> key.startsWith("silver/nfe_item/"), 0, "data file"))),
                crash("publishing the second manifest", fixture -> over(fixture, storage -> crashing(storage,
                        key -> key.startsWith("silver/_manifests/"), 1, "manifest"))),
                crash("after the first manifest, before the state", fixture -> over(fixture, storage -> crashing(
                        storage, key -> key.startsWith("_state/nfe-test/transform/"), 0, "state"))),
                crash("after a quarantined document, before its reason", fixture -> over(fixture,
                        storage -> crashing(storage, key -> key.endsWith(".reason.json"), 0, "quarantine reason"))));
    }

    private static Arguments crash(String name, Function<PipelineFixture, Pipeline> crashing) {
        return Arguments.of(Named.of(name, crashing));
    }

    /** {@code storage}, crashing before it publishes the objects {@code keys} selects once {@code passes} went through. */
    static Storage crashing(Storage storage, Predicate<String> keys, int passes, String where) {
        return FaultInjectingStorage.failing(storage, Point.BEFORE_PUBLISH, keys, passes, key -> new Crash(where));
    }

    private static Pipeline over(PipelineFixture fixture, Function<Storage, Storage> wrap) {
        return fixture.builder(wrap.apply(fixture.lake)).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crashPoints")
    void transform_rerunAfterCrash_leavesTheLakeAsAnUninterruptedRun(Function<PipelineFixture, Pipeline> crashing) {
        PipelineFixture uninterrupted = extracted(directory.resolve("uninterrupted"));
        uninterrupted.pipeline().run(uninterrupted.pipeline().request(Stage.TRANSFORM));
        PipelineFixture crashed = extracted(directory.resolve("crashed"));
        Pipeline crashingPipeline = crashing.apply(crashed);

        assertThatThrownBy(() -> crashingPipeline.run(crashingPipeline.request(Stage.TRANSFORM)))
                .satisfies(TransformCrashTest::causedByCrash);
        crashed.pipeline().run(crashed.pipeline().request(Stage.TRANSFORM));

        assertSameFiles(crashed.files("silver"), uninterrupted.files("silver"));
        assertSameFiles(crashed.files("_state"), uninterrupted.files("_state"));
    }

    @Test
    void transform_rerunAfterCrashAfterManifest_onlyMarksTheBatchDone() {
        PipelineFixture fixture = extracted(directory);
        Pipeline crashing = over(fixture, storage -> crashing(storage,
                key -> key.startsWith("_state/nfe-test/transform/"), 0, "state"));
        assertThatThrownBy(() -> crashing.run(crashing.request(Stage.TRANSFORM)))
                .satisfies(TransformCrashTest::causedByCrash);

        RunSummary rerun = fixture.pipeline().run(fixture.pipeline().request(Stage.TRANSFORM));

        assertThat(rerun.batchIds()).containsExactly("nfe-test.20260105-000002", "nfe-test.20260105-000003");
        assertThat(fixture.silverBatches()).hasSize(3);
        assertThat(fixture.silverRows()).hasSize(DOCUMENTS);
    }

    /** The crash itself, or an exception the writer wrapped it in (a failed manifest is a commit of unknown state). */
    static void causedByCrash(Throwable thrown) {
        Throwable cause = thrown;
        while (cause != null && !(cause instanceof Crash)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("cause chain of %s", thrown).isInstanceOf(Crash.class);
    }

    private static PipelineFixture extracted(Path root) {
        PipelineFixture fixture = new PipelineFixture(root).generate(DOCUMENTS)
                .input("broken.xml", "<nfeProc xmlns=\"http://www.portalfiscal.inf.br/nfe\"><NFe>");
        fixture.pipeline().run(fixture.pipeline().request(Stage.EXTRACT));
        return fixture;
    }

    static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(actual).allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(expected.get(path)));
    }
}
