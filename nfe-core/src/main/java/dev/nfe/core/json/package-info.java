/**
 * Accepts NF-e documents given as JSON and hands them to the XML deserializer as XML: xmltodict-style JSON of the XML,
 * nfephp's {@code Standardize} form, API envelopes that carry the XML as a string (plain, base64, or base64 of gzip),
 * and pages of any of these (a JSON array or NDJSON), one element at a time. Every problem with the JSON itself
 * becomes a finding and a quarantined document; only the failing element of a page is quarantined.
 */
package dev.nfe.core.json;
