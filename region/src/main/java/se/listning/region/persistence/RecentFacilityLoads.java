package se.listning.region.persistence;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.model.FacilityLoad;

/**
 * The loads (listed, queued, recent outflow) of capped units with a queue, as last counted, for read answers
 * only (issue 6). Counting a unit is a scan of its listings (3–5 ms at 10,000): GetAvailableHealthcareFacilities
 * counted every such unit on every call (41 units, 116 ms per call on 2.5 M residents, so the catalogue 1177
 * searches in could not serve 20 calls a second), and one GetListing in eight counted one.
 *
 * <p>What a read shows from it is informative: queue length, estimated wait and whether the unit has a queue,
 * at most {@code listning.read-cache.facility-load-ttl} old (default 10 s; 0 counts every time). Decisions never
 * use it: CreateListing, queue advancement and the staff tool count inside their own transactions, where
 * {@link ReadScope} is not open.
 */
@Component
public class RecentFacilityLoads {

    private final long ttlNanos;
    private final LongSupplier ticker;
    private final ConcurrentHashMap<String, Counted> counted = new ConcurrentHashMap<>();

    @Autowired
    public RecentFacilityLoads(@Value("${listning.read-cache.facility-load-ttl:10s}") Duration ttl) {
        this(ttl, System::nanoTime);
    }

    RecentFacilityLoads(Duration ttl, LongSupplier ticker) {
        this.ttlNanos = ttl.toNanos();
        this.ticker = ticker;
    }

    /** The unit's load counted at most the TTL ago, else {@code count}ed now (once, however many callers ask). */
    FacilityLoad get(HsaId facility, ListingTypeCode type, Supplier<FacilityLoad> count) {
        if (ttlNanos <= 0) {
            return count.get();
        }
        String key = facility.value().toUpperCase(Locale.ROOT) + " " + type.code() + " " + type.codeSystem();
        long now = ticker.getAsLong();
        Counted recent = counted.get(key);
        if (recent != null && now - recent.at() < ttlNanos) {
            return recent.load();
        }
        return counted.compute(key, (k, old) -> old != null && now - old.at() < ttlNanos
                ? old : new Counted(count.get(), ticker.getAsLong())).load();
    }

    private record Counted(FacilityLoad load, long at) {
    }
}
