package dev.nfe.core.json;

/** Which supported form a JSON document is in, as {@link JsonFormDetector} decided. */
sealed interface DetectedForm permits XmlTree, EnvelopeForm {
}
