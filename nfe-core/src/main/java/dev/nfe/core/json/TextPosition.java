package dev.nfe.core.json;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * A 1-based line and column in a page, where an element starts; maps a parser location inside the element to the
 * page, so a finding names the line a user sees in the received file.
 */
record TextPosition(int line, int column) {
    static final TextPosition START = new TextPosition(1, 1);

    /** The page position of {@code location}, a location inside the element that starts here. */
    TextPosition resolve(JsonLocation location) {
        int innerLine = Math.max(location.getLineNr(), 1);
        int innerColumn = Math.max(location.getColumnNr(), 1);
        return innerLine == 1
                ? new TextPosition(line, column + innerColumn - 1)
                : new TextPosition(line + innerLine - 1, innerColumn);
    }

    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
