package se.listning.region.population;

import java.time.LocalDateTime;
import java.util.List;
import se.listning.domain.identity.CountyCode;

/** A structurally valid feed: header values, the change lines in file order and their SHA-256. */
public record PopulationFeed(CountyCode county, String feedId, LocalDateTime created, List<FeedChange> changes,
                             String checksum) {

    public PopulationFeed {
        changes = List.copyOf(changes);
    }
}
