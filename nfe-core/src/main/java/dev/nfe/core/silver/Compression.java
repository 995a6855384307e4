package dev.nfe.core.silver;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/** The page compressions the {@code parquet} writer offers; see {@link HadoopFreeCodecFactory}. */
public enum Compression {
    /** Default: smaller files than Snappy at similar speed; read by Athena, Redshift Spectrum, Spark and DuckDB. */
    ZSTD(CompressionCodecName.ZSTD),
    SNAPPY(CompressionCodecName.SNAPPY),
    UNCOMPRESSED(CompressionCodecName.UNCOMPRESSED);

    private final CompressionCodecName codec;

    Compression(CompressionCodecName codec) {
        this.codec = codec;
    }

    CompressionCodecName codec() {
        return codec;
    }

    /** The configuration spelling: the lower-case name. */
    String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Compression> fromConfig(String value) {
        return Arrays.stream(values()).filter(c -> c.configName().equals(value.trim().toLowerCase(Locale.ROOT))).findFirst();
    }

    static String configNames() {
        return Arrays.stream(values()).map(Compression::configName).collect(Collectors.joining(", "));
    }
}
