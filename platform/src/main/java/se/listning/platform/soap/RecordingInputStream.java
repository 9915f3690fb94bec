package se.listning.platform.soap;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Copies every byte read from the wrapped stream into a bounded buffer, so that what a parser consumed
 * can be replayed in front of the unread rest of the stream.
 */
final class RecordingInputStream extends FilterInputStream {

    /** Thrown when the parser needs more than the allowed number of bytes. */
    static final class LimitExceededException extends IOException {
        LimitExceededException(int limit) {
            super("more than " + limit + " bytes needed to find LogicalAddress and the service contract element");
        }
    }

    private final ByteArrayOutputStream recorded = new ByteArrayOutputStream(8192);
    private final int limit;

    RecordingInputStream(InputStream in, int limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            ensureRoomFor(1);
            recorded.write(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        // never read beyond the limit from the client, so an oversized prefix fails fast
        int allowed = Math.min(length, Math.max(1, limit - recorded.size() + 1));
        int n = super.read(buffer, offset, allowed);
        if (n > 0) {
            ensureRoomFor(n);
            recorded.write(buffer, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipping would lose bytes we must replay
        byte[] sink = new byte[(int) Math.min(n, 8192)];
        int read = read(sink, 0, sink.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() {
        // the servlet container owns the request stream
    }

    private void ensureRoomFor(int n) throws LimitExceededException {
        if (recorded.size() + n > limit) {
            throw new LimitExceededException(limit);
        }
    }

    byte[] recordedBytes() {
        return recorded.toByteArray();
    }
}
