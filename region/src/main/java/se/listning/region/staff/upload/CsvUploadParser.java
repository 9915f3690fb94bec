package se.listning.region.staff.upload;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Streams the records of an uploaded CSV file without holding the file in memory: detects the
 * encoding (valid UTF-8, with or without BOM, else Windows-1252), the separator ({@code ;} or
 * {@code ,} from the first line), a header row (first field without digits), and reads quoted fields,
 * CRLF or LF. A last header column "Felmeddelande" (our own error download) is dropped from every row.
 * Plain Java, no Spring.
 */
public final class CsvUploadParser {

    /** Characters kept of one field; longer fields are cut (and refused as overlong by the row check). */
    public static final int MAX_KEPT_CHARS = 1000;
    /** Fields kept of one record; more are counted only. */
    public static final int MAX_KEPT_FIELDS = 20;
    static final String ERROR_COLUMN = "Felmeddelande";
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** One record: the physical line it starts on, its fields (at most {@link #MAX_KEPT_FIELDS}) and its field count. */
    public record Record(long lineNo, List<String> fields, int fieldCount) {
    }

    /** Receives each data record. */
    @FunctionalInterface
    public interface RecordSink {
        void accept(Record record);
    }

    /** What the parser found out about the file. */
    public record Format(Charset charset, boolean bom, char separator, boolean header) {
    }

    private CsvUploadParser() {
    }

    /** Reads the whole file (two passes: encoding, then records); {@code bytesRead} reports progress. */
    public static Format parse(Path file, RecordSink sink, LongConsumer bytesRead) {
        try {
            boolean bom = startsWithBom(file);
            Charset charset = isValidUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            try (InputStream in = new CountingStream(Files.newInputStream(file), bytesRead)) {
                if (bom && charset == StandardCharsets.UTF_8) {
                    in.skipNBytes(3);
                }
                return parse(new BufferedReader(new InputStreamReader(in, charset), 1 << 16), charset, bom, sink);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses already decoded text (for tests and callers that know the encoding). */
    public static Format parse(BufferedReader reader, Charset charset, boolean bom, RecordSink sink) throws IOException {
        char separator = detectSeparator(reader);
        Reader records = new Reader(reader, separator);
        Record first = records.next();
        if (first == null) {
            return new Format(charset, bom, separator, false);
        }
        boolean header = !first.fields().get(0).chars().anyMatch(Character::isDigit);
        int dropColumn = -1;
        if (header) {
            String last = first.fields().get(first.fields().size() - 1).trim();
            // our error download has the data columns before it; a lone "Felmeddelande" column would leave rows empty
            if (last.equalsIgnoreCase(ERROR_COLUMN) && first.fieldCount() > 1) {
                dropColumn = first.fieldCount() - 1;
            }
        } else {
            sink.accept(first);
        }
        for (Record r = records.next(); r != null; r = records.next()) {
            sink.accept(dropColumn >= 0 ? drop(r, dropColumn) : r);
        }
        return new Format(charset, bom, separator, header);
    }

    private static Record drop(Record r, int column) {
        if (r.fieldCount() != column + 1 || column >= r.fields().size()) {
            return r;
        }
        return new Record(r.lineNo(), r.fields().subList(0, column), column);
    }

    /** Whether the file starts with the UTF-8 byte order mark. */
    static boolean startsWithBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
        }
    }

    /** Streams the file through a strict UTF-8 decoder. */
    static boolean isValidUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                if (n > 0) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            if (bytes.hasRemaining()) {
                return false;
            }
            return !decoder.flush(chars).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** {@code ;} unless the first line has more commas than semicolons outside quotes. */
    static char detectSeparator(BufferedReader reader) throws IOException {
        reader.mark(1 << 16);
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0, c = reader.read(); c >= 0 && i < (1 << 16) - 1; i++, c = reader.read()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        reader.reset();
        return commas > semicolons ? ',' : ';';
    }

    /** The record state machine over a character stream. */
    private static final class Reader {
        private final BufferedReader in;
        private final char separator;
        private long line = 1;
        private int pushedBack = -2;

        Reader(BufferedReader in, char separator) {
            this.in = in;
            this.separator = separator;
        }

        private int read() throws IOException {
            if (pushedBack != -2) {
                int c = pushedBack;
                pushedBack = -2;
                return c;
            }
            return in.read();
        }

        /** The next non-blank record, or null at the end. */
        Record next() throws IOException {
            while (true) {
                long start = line;
                List<String> fields = new ArrayList<>(4);
                StringBuilder field = new StringBuilder();
                int count = 0;
                boolean quoted = false;
                boolean wasQuoted = false;
                int c = read();
                if (c < 0) {
                    return null;
                }
                while (true) {
                    if (c < 0) {
                        break;
                    }
                    if (quoted) {
                        if (c == '"') {
                            int n = read();
                            if (n == '"') {
                                append(field, '"');
                            } else {
                                quoted = false;
                                pushedBack = n;
                            }
                        } else {
                            if (c == '\n') {
                                line++;
                            }
                            append(field, (char) c);
                        }
                    } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                        quoted = true;
                        wasQuoted = true;
                    } else if (c == separator) {
                        count = add(fields, field, count);
                        field.setLength(0);
                        wasQuoted = false;
                    } else if (c == '\r' || c == '\n') {
                        if (c == '\r') {
                            int n = read();
                            if (n != '\n') {
                                pushedBack = n;
                            }
                        }
                        line++;
                        break;
                    } else {
                        append(field, (char) c);
                    }
                    c = read();
                }
                count = add(fields, field, count);
                if (count == 1 && fields.get(0).isBlank() && !wasQuoted) {
                    if (c < 0) {
                        return null;
                    }
                    continue;
                }
                return new Record(start, fields, count);
            }
        }

        private static void append(StringBuilder field, char c) {
            if (c == 0) {
                return;
            }
            if (field.length() < MAX_KEPT_CHARS) {
                field.append(c);
            } else if (field.length() == MAX_KEPT_CHARS) {
                field.append('…');
            }
        }

        private static int add(List<String> fields, StringBuilder field, int count) {
            if (fields.size() < MAX_KEPT_FIELDS) {
                fields.add(field.toString());
            }
            return count + 1;
        }
    }

    /** Reports the bytes read so far, every 256 KB. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private final LongConsumer report;
        private long count;
        private long reported;

        CountingStream(InputStream in, LongConsumer report) {
            super(new BufferedInputStream(in, 1 << 16));
            this.report = report;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(long n) {
            count += n;
            if (count - reported >= (1 << 18)) {
                reported = count;
                report.accept(count);
            }
        }
    }
}
