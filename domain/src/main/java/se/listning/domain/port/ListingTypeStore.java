package se.listning.domain.port;

import java.util.List;
import java.util.Optional;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.model.ListingType;

/** The listing types this region offers (PV always among them). */
public interface ListingTypeStore {

    List<ListingType> all();

    default Optional<ListingType> find(ListingTypeCode code) {
        return all().stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
