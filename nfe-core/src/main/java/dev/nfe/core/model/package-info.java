/**
 * The typed NF-e domain model: {@link dev.nfe.core.model.FiscalDocument} and its four kinds ({@code Nfe},
 * {@code Event}, {@code NfeSummary}, {@code EventSummary}), one immutable record per layout group (named by the tag:
 * {@code Ide}, {@code Emit}, {@code Det}, {@code ICMSTot} …), and the identifiers {@code AccessKey}, {@code Cnpj} and
 * {@code Cpf} with their check digits; {@code LayoutPath} spells the layouts' XPaths. Components keep the layout's tag
 * spelling and give their XPath; optional layout fields and fields older layouts lack are {@code Optional}, repeated
 * groups are (possibly empty) lists, codes are strings, money, quantities and rates are {@code BigDecimal} at the
 * document's scale, and layout timestamps are {@code OffsetDateTime}. The structure follows the PL_010e
 * (NT 2025.002) schemas, including the 2026 IBS/CBS groups. Imports only {@code java.*}: no parsing, no validation
 * and no I/O live here.
 */
package dev.nfe.core.model;
