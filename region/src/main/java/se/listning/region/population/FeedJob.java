package se.listning.region.population;

import java.time.LocalDateTime;
import java.util.List;

/** A feed's job record: what was delivered and how far applying has come. */
public record FeedJob(
        String feedId,
        String county,
        String filePath,
        String checksum,
        LocalDateTime created,
        State state,
        int totalChanges,
        int appliedChanges,
        int lastAppliedLine,
        int passiveListings,
        List<FeedProblem> problems,
        String lastError,
        LocalDateTime submittedAt,
        LocalDateTime finishedAt) {

    public enum State { REJECTED, APPLYING, DONE }

    public FeedJob {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** The problem list as printable text, one problem per line. */
    public String problemReport() {
        StringBuilder text = new StringBuilder("Folkbokföringsleverans " + feedId + " avvisad: "
                + problems.size() + " fel, inga ändringar har genomförts.\n");
        problems.forEach(p -> text.append(p).append('\n'));
        return text.toString();
    }
}
