/**
 * Domain validation of the typed NF-e model: {@link dev.nfe.core.validate.NfeValidator} runs a fixed list of
 * package-private rules (chave shape and check digit, chave consistency with ide/emit, protocol, required fields,
 * CNPJ/CPF check digits, totals, tax totals, negative amounts, date order, events) over a parsed
 * {@link dev.nfe.core.model.FiscalDocument} and returns {@link dev.nfe.core.spi.Finding}s whose codes are listed in
 * {@link dev.nfe.core.validate.FindingCodes}. Rules only read the model: no parsing, no I/O, no logging of document
 * content, and a bad document is reported as findings, never as an exception.
 */
package dev.nfe.core.validate;
