package dev.nfe.redshift.loadlog;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the load log: an attempt to load one silver batch.
 *
 * @param batchId the silver batch
 * @param ruleSetChecksum SHA-256 of the rules the attempt ran (their targets, modes, keys and SQL)
 * @param contentChecksum SHA-256 of the batch's files as its manifest lists them (path and SHA-256 of each)
 * @param tables the target tables, in rule order
 * @param rowCounts rows written per target table (empty for a failed attempt)
 * @param startedAt when the attempt started
 * @param finishedAt when it committed or failed
 * @param status loaded or failed
 * @param error what failed, for a failed attempt
 */
public record LoadLogEntry(String batchId, String ruleSetChecksum, String contentChecksum, List<String> tables,
        Map<String, Long> rowCounts, Instant startedAt, Instant finishedAt, LoadStatus status, Optional<String> error) {
    public LoadLogEntry {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(ruleSetChecksum, "ruleSetChecksum");
        Objects.requireNonNull(contentChecksum, "contentChecksum");
        tables = List.copyOf(tables);
        rowCounts = Collections.unmodifiableMap(new LinkedHashMap<>(rowCounts));
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(error, "error");
    }
}
