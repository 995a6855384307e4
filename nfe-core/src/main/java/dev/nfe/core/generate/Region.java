package dev.nfe.core.generate;

/** Brazilian macro-regions, which decide the interstate ICMS rate (7% from South/Southeast to the others). */
enum Region {
    NORTH, NORTHEAST, CENTER_WEST, SOUTHEAST, SOUTH
}
