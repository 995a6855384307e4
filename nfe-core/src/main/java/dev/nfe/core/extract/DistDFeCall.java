package dev.nfe.core.extract;

import java.util.Objects;

/** One call to NFeDistribuicaoDFe: the request sent, the parsed answer returned. */
interface DistDFeCall {

    /** The endpoint called, for lineage and messages (no credential in it). */
    String endpoint();

    /**
     * Sends {@code request} and returns SEFAZ's answer, whatever its {@code cStat}, within {@code deadline}.
     *
     * @throws dev.nfe.core.spi.TransientException when the service could not be reached after retries
     * @throws DeadlineReached when the deadline stopped the call or left no time to retry it
     */
    DistDFeResponse call(DistDFeRequest request, CallDeadline deadline);

    /** The {@code nfeDistDFeInteresse} operation over {@code client}. */
    static DistDFeCall over(SefazClient client) {
        Objects.requireNonNull(client, "client");
        return new DistDFeCall() {
            @Override
            public String endpoint() {
                return client.endpoint();
            }

            @Override
            public DistDFeResponse call(DistDFeRequest request, CallDeadline deadline) {
                return DistDFeResponse.parse(client.post(request.envelope(), deadline), client.endpoint());
            }
        };
    }
}
