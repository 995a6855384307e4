package dev.nfe.core.iceberg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The compact record of expired batches kept in a table's properties. */
class ExpiredBatchesTest {
    private static final LocalDate DAY = LocalDate.parse("2026-01-05");

    @Test
    void encode_consecutiveBatchesOfADay_areOneRange() {
        List<String> ids = List.of("nfe-a.20260105-000003", "nfe-a.20260105-000001", "nfe-a.20260105-000002",
                "nfe-a.20260105-000005", "nfe-b.20260105-000001", "custom-batch");

        assertThat(ExpiredBatches.encode(ids))
                .isEqualTo("custom-batch,nfe-a.20260105-000001~000003,nfe-a.20260105-000005,nfe-b.20260105-000001");
    }

    @Test
    void decode_encodedIds_givesThemBackSorted() {
        List<String> ids = List.of("nfe-a.20260105-000009", "nfe-a.20260105-000010", "nfe-a.20260105-000011",
                "x9", "x10");

        assertThat(ExpiredBatches.decode(ExpiredBatches.encode(ids))).containsExactly("nfe-a.20260105-000009",
                "nfe-a.20260105-000010", "nfe-a.20260105-000011", "x10", "x9");
    }

    @ParameterizedTest
    @CsvSource({
        "nfe-a.20260105-000001, true",
        "nfe-a.20260105-000050, true",
        "nfe-a.20260105-000100, true",
        "nfe-a.20260105-000101, false",
        "nfe-a.20260105-000000, false",
        "nfe-a.20260105-0000050, false",
        "nfe-b.20260105-000050, false",
        "nfe-a.20260106-000050, false",
        "custom-batch, true",
        "custom, false"})
    void contains_idInOrOutOfTheRecordedRanges_answersByRange(String batchId, boolean expected) {
        Map<String, String> properties = Map.of(ExpiredBatches.PREFIX + DAY,
                "custom-batch,nfe-a.20260105-000001~000100");

        assertThat(ExpiredBatches.contains(properties, DAY, batchId)).isEqualTo(expected);
    }

    @Test
    void contains_anotherIngestDate_isFalse() {
        Map<String, String> properties = Map.of(ExpiredBatches.PREFIX + DAY, "nfe-a.20260105-000001~000100");

        assertThat(ExpiredBatches.contains(properties, DAY.plusDays(1), "nfe-a.20260105-000001")).isFalse();
    }

    @Test
    void withBatches_newAndRecordedIds_changesOnlyTheDatesThatGainAnId() {
        LocalDate next = DAY.plusDays(1);
        Map<String, String> properties = Map.of(ExpiredBatches.PREFIX + DAY, "nfe-a.20260105-000001~000002");

        Map<String, String> changed = ExpiredBatches.withBatches(properties, Map.of(
                DAY, List.of("nfe-a.20260105-000002"),
                next, List.of("nfe-a.20260106-000001")));
        Map<String, String> extended = ExpiredBatches.withBatches(properties, Map.of(
                DAY, List.of("nfe-a.20260105-000003")));

        assertThat(changed).containsExactly(Map.entry(ExpiredBatches.PREFIX + next, "nfe-a.20260106-000001"));
        assertThat(extended).containsExactly(Map.entry(ExpiredBatches.PREFIX + DAY, "nfe-a.20260105-000001~000003"));
    }
}
