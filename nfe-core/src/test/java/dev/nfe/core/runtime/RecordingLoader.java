package dev.nfe.core.runtime;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.Loader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A {@link Loader} that keeps a load log in memory: each batch is loaded once, later loads are no-ops. */
final class RecordingLoader implements Loader {
    private final Set<String> loaded = new HashSet<>();
    private final List<String> calls = new ArrayList<>();

    @Override
    public List<LoadResult> load(List<Batch> batches) {
        List<LoadResult> results = new ArrayList<>();
        for (Batch batch : batches) {
            calls.add(batch.id());
            LoadResult.Status status = loaded.add(batch.id())
                    ? LoadResult.Status.LOADED : LoadResult.Status.ALREADY_LOADED;
            results.add(new LoadResult(batch.id(), status, Map.of("nfe", batch.rows("nfe"))));
        }
        return results;
    }

    List<String> calls() {
        return List.copyOf(calls);
    }
}
