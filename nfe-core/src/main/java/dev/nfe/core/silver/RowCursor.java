package dev.nfe.core.silver;

import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.Table;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Iterates the rows of a table's files one after the other, opening each file only when the previous one is done,
 * so at most one file, and one row group of it, is open at a time. Checks each file's row count against its
 * manifest. Not thread-safe.
 */
final class RowCursor implements Iterator<Row>, AutoCloseable {
    private final Storage storage;
    private final Table table;
    private final Iterator<BatchFile> files;
    private BatchFile file;
    private ParquetRecordReader<Row> reader;
    private long rowsOfFile;
    private Row next;

    RowCursor(Storage storage, Table table, List<BatchFile> files) {
        this.storage = storage;
        this.table = table;
        this.files = files.iterator();
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (reader == null) {
                if (!files.hasNext()) {
                    return false;
                }
                open(files.next());
            }
            Optional<Row> row = read();
            if (row.isPresent()) {
                rowsOfFile++;
                next = row.get();
            } else {
                finishFile();
            }
        }
        return true;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row row = next;
        next = null;
        return row;
    }

    @Override
    public void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                throw new NfeException("Cannot close " + file.path() + ": " + e.getMessage(), e);
            } finally {
                reader = null;
            }
        }
    }

    private void open(BatchFile batchFile) {
        file = batchFile;
        rowsOfFile = 0;
        try {
            reader = ParquetRecordReader.open(new StorageInputFile(storage.newInputFile(file.path())),
                    metadata -> RowMaterializer.of(table, metadata));
        } catch (IOException e) {
            throw new NfeException("Cannot open Parquet file " + file.path() + ": " + e.getMessage(), e);
        }
    }

    private Optional<Row> read() {
        try {
            return reader.read();
        } catch (IOException e) {
            throw new NfeException("Cannot read Parquet file " + file.path() + ": " + e.getMessage(), e);
        }
    }

    private void finishFile() {
        close();
        if (rowsOfFile != file.rows()) {
            throw new NfeException("Cannot read " + file.path() + ": it holds " + rowsOfFile + " rows, its manifest says "
                    + file.rows());
        }
    }
}
