package dev.nfe.core.model;

/** Placeholder until the model lands. */
public record AccessKey(String value) {
}
