package dev.nfe.core.silver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.LayerWriterFactory;
import dev.nfe.core.spi.PluginContext;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParquetLayerWriterFactoryTest {
    private static final PluginContext CONTEXT = new PluginContext("test", Clock.systemUTC(), name -> Optional.empty());

    private static ParquetWriterOptions create(Map<String, Object> values) {
        LayerWriter writer = new ParquetLayerWriterFactory().create(new ConfigSection("transform.writer", values), CONTEXT);
        return ((ParquetLayerWriter) writer).options();
    }

    @Test
    void serviceLoader_findsParquetFactory() {
        assertThat(ServiceLoader.load(LayerWriterFactory.class).stream().map(ServiceLoader.Provider::get))
                .extracting(LayerWriterFactory::type)
                .contains("parquet");
    }

    @Test
    void create_withEmptySection_usesDefaults() {
        assertThat(create(Map.of())).isEqualTo(new ParquetWriterOptions(
                10_000_000, 128L * 1024 * 1024, 64L * 1024 * 1024, Compression.ZSTD,
                Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void create_withEveryKey_bindsThem() {
        assertThat(create(Map.of("maxRowsPerFile", 5000, "maxBytesPerFile", "33554432", "rowGroupSize", 8388608L,
                "compression", "SNAPPY", "threads", 3)))
                .isEqualTo(new ParquetWriterOptions(5000, 32L * 1024 * 1024, 8L * 1024 * 1024, Compression.SNAPPY, 3));
    }

    @Test
    void create_withSmallFileLimit_shrinksDefaultRowGroupToIt() {
        assertThat(create(Map.of("maxBytesPerFile", 16_777_216)).rowGroupSize()).isEqualTo(16_777_216);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "maxRowsPerFile  | 0            | transform.writer.maxRowsPerFile: must be ≥ 1, was '0'",
        "maxRowsPerFile  | many         | transform.writer.maxRowsPerFile: must be an integer, was 'many'",
        "maxBytesPerFile | 100          | transform.writer.maxBytesPerFile: must be ≥ 4096, was '100'",
        "rowGroupSize    | 1.5          | transform.writer.rowGroupSize: must be a size such as 1048576, 512KiB, 20MiB or 1GiB, was '1.5'",
        "rowGroupSize    | 999999999999 | transform.writer.rowGroupSize: must be ≤ maxBytesPerFile (134217728), was 999999999999",
        "compression     | lz4          | transform.writer.compression: must be one of zstd, snappy, uncompressed, was 'lz4'",
        "threads         | 0            | transform.writer.threads: must be between 1 and 256, was '0'",
        "maxRows         | 5            | transform.writer.maxRows: unknown key"})
    void create_withBadValue_failsNamingKeyPath(String key, String value, String message) {
        assertThatThrownBy(() -> create(Map.of(key, value)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(message);
    }

    @Test
    void create_withSeveralBadValues_reportsThemAll() {
        assertThatThrownBy(() -> create(Map.of("maxRowsPerFile", -1, "compression", "brotli")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("transform.writer.maxRowsPerFile")
                .hasMessageContaining("transform.writer.compression");
    }
}
