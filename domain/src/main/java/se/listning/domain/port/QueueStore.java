package se.listning.domain.port;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.domain.model.QueuePlace;

/** Queue places, first come first served per facility and listing type; leaving keeps history. */
public interface QueueStore {

    List<QueuePlace> active(PersonId person);

    QueuePlace join(PersonId person, HsaId facility, ListingTypeCode type, HsaId doctor, LocalDateTime at);

    /** Ends a queue place; reason e.g. "LEFT", "LISTED_ELSEWHERE", "PROMOTED". */
    void leave(long queuePlaceId, LocalDateTime at, String reason);

    /** 1-based position of an active queue place. */
    int position(QueuePlace place);

    /** The first active queue places of a facility and type, oldest first. */
    List<QueuePlace> head(HsaId facility, ListingTypeCode type, int limit);
}
