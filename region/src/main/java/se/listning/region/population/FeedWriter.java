package se.listning.region.population;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * Writes a feed in format v1: the header, the change lines as given, and the END trailer with the
 * row count and SHA-256 (each change line's UTF-8 bytes followed by a line feed). Used by tests, the
 * benchmark generator and anyone who needs a stand-in delivery.
 */
public final class FeedWriter implements AutoCloseable {

    private final BufferedWriter out;
    private final MessageDigest sha = FeedParser.sha256();
    private int rows;

    public FeedWriter(Writer out, String county, String feedId, LocalDateTime created) throws IOException {
        this.out = new BufferedWriter(out);
        this.out.write(FeedParser.MAGIC + " " + FeedParser.VERSION + " " + county + " " + feedId + " " + created.withNano(0));
        this.out.write('\n');
    }

    public static FeedWriter to(Path file, String county, String feedId, LocalDateTime created) throws IOException {
        return new FeedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), county, feedId, created);
    }

    /** One change line, fields joined with ';' (the first is the change type). */
    public FeedWriter change(String... fields) throws IOException {
        return line(String.join(";", fields));
    }

    public FeedWriter line(String line) throws IOException {
        out.write(line);
        out.write('\n');
        sha.update(line.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
        rows++;
        return this;
    }

    @Override
    public void close() throws IOException {
        out.write("END " + rows + " " + HexFormat.of().formatHex(sha.digest()));
        out.write('\n');
        out.close();
    }
}
