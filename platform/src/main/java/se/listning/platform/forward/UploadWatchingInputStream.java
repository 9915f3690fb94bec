package se.listning.platform.forward;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;

/** Completes {@link #uploaded()} when the request body has been read to its end (or failed). */
final class UploadWatchingInputStream extends FilterInputStream {

    private final CompletableFuture<Void> uploaded = new CompletableFuture<>();
    private final long expectedLength;
    private long count;

    /** @param expectedLength the declared body length, or -1 when only the end of the stream tells */
    UploadWatchingInputStream(InputStream in, long expectedLength) {
        super(in);
        this.expectedLength = expectedLength;
    }

    CompletableFuture<Void> uploaded() {
        return uploaded;
    }

    @Override
    public int read() throws IOException {
        try {
            int b = super.read();
            if (b < 0 || ++count == expectedLength) {
                uploaded.complete(null);
            }
            return b;
        } catch (IOException e) {
            uploaded.complete(null);
            throw e;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            // with a declared length the client may stop reading before it would see the end of the stream
            if (n < 0 || (expectedLength >= 0 && count >= expectedLength)) {
                uploaded.complete(null);
            }
            return n;
        } catch (IOException e) {
            uploaded.complete(null);
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        uploaded.complete(null);
        // the servlet container owns the request stream; closing the prefix part is enough
    }
}
