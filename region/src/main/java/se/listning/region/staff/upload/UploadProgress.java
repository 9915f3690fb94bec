package se.listning.region.staff.upload;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** How far the running uploads of this process have come, for the progress bar (finished ones are in the database). */
public final class UploadProgress {

    public enum Phase { WAITING, PARSING, VALIDATING, APPLYING }

    /** A snapshot: phase, bytes read of the file, rows parsed, rows applied. */
    public record Snapshot(Phase phase, long bytesRead, long fileBytes, long rows, long applied) {

        /** 0–100: parsing is the first 70 %, validation to 80 %, applying (unit by unit) the rest. */
        public int percent() {
            return switch (phase) {
                case WAITING -> 0;
                case PARSING -> (int) (fileBytes == 0 ? 0 : Math.min(70, 70 * bytesRead / fileBytes));
                case VALIDATING -> 75;
                case APPLYING -> (int) (80 + (rows == 0 ? 0 : Math.min(20, 20 * applied / rows)));
            };
        }

        public String label() {
            return switch (phase) {
                case WAITING -> "Väntar på att starta";
                case PARSING -> "Läser in filen";
                case VALIDATING -> "Kontrollerar raderna";
                case APPLYING -> "Uppdaterar kopplingar";
            };
        }
    }

    private final Map<Long, Snapshot> running = new ConcurrentHashMap<>();

    public void start(long upload, long fileBytes) {
        running.put(upload, new Snapshot(Phase.WAITING, 0, fileBytes, 0, 0));
    }

    public void update(long upload, Phase phase, long bytesRead, long rows) {
        running.computeIfPresent(upload, (id, s) -> new Snapshot(phase, bytesRead < 0 ? s.bytesRead() : bytesRead,
                s.fileBytes(), rows < 0 ? s.rows() : rows, s.applied()));
    }

    /** Rows of the file applied so far (unit by unit). */
    public void applied(long upload, long applied) {
        running.computeIfPresent(upload, (id, s) -> new Snapshot(s.phase(), s.bytesRead(), s.fileBytes(), s.rows(), applied));
    }

    public Snapshot get(long upload) {
        return running.get(upload);
    }

    public void finish(long upload) {
        running.remove(upload);
    }
}
