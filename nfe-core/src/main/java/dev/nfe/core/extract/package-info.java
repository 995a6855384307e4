/**
 * The built-in extractors: {@code folder} (XML, JSON, NDJSON, gzip and zip files under a {@link
 * dev.nfe.core.spi.Storage} prefix) and {@code http} (paginated REST APIs over {@code java.net.http}, retried with
 * resilience4j). Each hands pages of {@link dev.nfe.core.spi.RawDocument}s to the runtime's
 * {@link dev.nfe.core.spi.ExtractSink} with the checkpoint that resumes after them; nothing here parses a document
 * beyond sniffing its chave de acesso for the document id. Must not depend on the runtime, the storage
 * implementations or any parser package.
 */
package dev.nfe.core.extract;
