package dev.nfe.core.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/** When the bytes of a file a {@link LocalStorage} publishes reach the disk: as it is closed, or at a later sync. */
interface LocalDurability {

    /** Forces each file to the disk before it is moved into place: a write durable when closed. */
    LocalDurability ON_CLOSE = new LocalDurability() {
        @Override
        public void beforePublish(FileChannel channel) throws IOException {
            channel.force(true);
        }

        @Override
        public void published(Path target) {
        }
    };

    /** Called with the temporary file's channel once every byte is written, before it is closed and moved. */
    void beforePublish(FileChannel channel) throws IOException;

    /** Called once the file is in place at {@code target}. */
    void published(Path target);
}
