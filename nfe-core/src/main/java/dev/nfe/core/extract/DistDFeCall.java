package dev.nfe.core.extract;

/** One call to NFeDistribuicaoDFe: the request sent, the parsed answer returned (see {@link SefazClient}). */
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
}
