/**
 * A seeded synthetic NF-e generator for tests, demos and benchmarks ({@code nfe generate}): it writes nfeProc 4.00
 * documents (NF-e model 55 and NFC-e model 65, with the 2026 IBS/CBS reform groups), their events (procEventoNFe) and
 * SEFAZ distribution summaries (resNFe, resEvento) as UTF-8 XML bytes, together with the values a test expects to read
 * back. Everything is fictitious: valid check digits, invented names. Only bytes are produced here; this package must
 * not depend on {@code dev.nfe.core.model} or on any parser, so that it stays an independent oracle for them.
 */
package dev.nfe.core.generate;
