package dev.nfe.core.storage;

/** How a finished temporary file takes its target's place. */
enum Publication {
    /** Only if the target does not exist; otherwise the commit conflicts and the target stays untouched. */
    CREATE_NEW,
    /** Whether or not the target exists, replacing it whole. */
    REPLACE
}
