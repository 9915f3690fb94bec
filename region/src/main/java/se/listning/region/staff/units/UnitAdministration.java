package se.listning.region.staff.units;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.listning.domain.identity.HsaId;
import se.listning.domain.identity.ListingTypeCode;
import se.listning.domain.identity.PersonId;
import se.listning.region.audit.StaffAudit;
import se.listning.region.listing.PlaceFreed;
import se.listning.region.staff.security.StaffUser;

/**
 * Changes to a unit from the staff tool, each in one transaction with its audit entry: the settings (a raised
 * cap lets the queue advance after commit, through {@link PlaceFreed}) and removing a person from the queue;
 * also the audited read of a queue page.
 */
@Service
public class UnitAdministration {

    /** What saving the settings did; {@code overCap} lists types with more listed than the new cap. */
    public record Saved(boolean capRaised, List<String> overCap) {
    }

    private final JdbcClient jdbc;
    private final UnitQueries queries;
    private final StaffAudit audit;
    private final ApplicationEventPublisher events;

    public UnitAdministration(JdbcClient jdbc, UnitQueries queries, StaffAudit audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.audit = audit;
        this.events = events;
    }

    /** Validates and saves the settings; throws {@link UnitSettingsForm.Invalid} with nothing changed. */
    @Transactional
    public Saved saveSettings(StaffUser user, HsaId unit, UnitSettingsForm form) {
        Integer cap = form.parsedCap();
        Integer oldCap = jdbc.sql("select max_listed from facility where hsa_id = :id for update")
                .param("id", unit.value()).query((rs, n) -> (Integer) rs.getObject(1)).list().get(0);
        Set<String> known = queries.listingTypes().stream().map(UnitQueries.ListingTypeOption::key)
                .collect(Collectors.toSet());
        Set<String> chosen = form.typeKeys();
        chosen.remove(pvKey());
        if (!known.containsAll(chosen)) {
            throw new UnitSettingsForm.Invalid("Okänd listningstyp. Välj bland regionens listningstyper.");
        }
        long queued = jdbc.sql("select count(*) from queue_place where active and facility_hsa_id = :id")
                .param("id", unit.value()).query(Long.class).single();
        if (!form.offersQueue() && queued > 0) {
            throw new UnitSettingsForm.Invalid("Det finns " + queued + " personer i kö: ta bort dem först eller låt "
                    + "kön vara kvar.");
        }
        jdbc.sql("update facility set max_listed = :cap, offers_queue = :queue, supports_personnel = :personnel where hsa_id = :id")
                .param("cap", cap, java.sql.Types.INTEGER)
                .param("queue", form.offersQueue())
                .param("personnel", form.supportsPersonnel())
                .param("id", unit.value())
                .update();
        jdbc.sql("delete from facility_listing_type where facility_hsa_id = :id").param("id", unit.value()).update();
        if (!chosen.isEmpty()) {
            chosen.add(pvKey());     // stored types replace the default: PV must be among them
            for (String key : chosen) {
                String[] parts = key.split("\\|", 2);
                jdbc.sql("insert into facility_listing_type (facility_hsa_id, code, code_system) values (:id, :code, :system)")
                        .param("id", unit.value()).param("code", parts[0]).param("system", parts[1]).update();
            }
        }
        UnitDetail after = queries.detail(unit).orElseThrow();
        List<String> overCap = cap == null ? List.of() : after.types().stream()
                .filter(t -> t.listed() > cap).map(t -> t.name() + " (" + t.listed() + " listade)").toList();
        boolean raised = oldCap != null && (cap == null || cap > oldCap);
        if (raised) {
            after.types().forEach(t -> events.publishEvent(
                    new PlaceFreed(unit, new ListingTypeCode(t.code(), t.codeSystem()))));
        }
        audit.record(user, "UNIT_SETTINGS", null, unit, "Inställningar vårdcentral",
                "cap=" + (cap == null ? "none" : cap) + ";oldCap=" + (oldCap == null ? "none" : oldCap)
                        + ";queue=" + form.offersQueue() + ";personnel=" + form.supportsPersonnel()
                        + ";types=" + String.join(",", chosen.stream().sorted().toList()));
        return new Saved(raised, overCap);
    }

    /**
     * Ends one active queue place at {@code unit} with staff's reason; the others keep their order.
     * Empty when there is no such active place there (already gone, or another unit's).
     */
    @Transactional
    public Optional<PersonId> removeFromQueue(StaffUser user, HsaId unit, long queuePlaceId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new UnitSettingsForm.Invalid("Ange varför personen tas bort ur kön.");
        }
        if (why.length() > 500) {
            throw new UnitSettingsForm.Invalid("Orsaken får vara högst 500 tecken.");
        }
        Optional<PersonId> person = jdbc.sql("""
                        update queue_place set active = false, left_at = localtimestamp, leave_reason = :reason
                        where id = :id and facility_hsa_id = :unit and active
                        returning person_id""")
                .param("reason", why).param("id", queuePlaceId).param("unit", unit.value())
                .query((rs, n) -> PersonId.parse(rs.getString(1))).optional();
        person.ifPresent(p -> audit.record(user, "QUEUE_REMOVE", p, unit, why, "queue_place=" + queuePlaceId));
        return person;
    }

    /** A page of the unit's queue; every person on it is an audited read. */
    @Transactional
    public Paged<QueueRow> readQueue(StaffUser user, HsaId unit, int page, int size) {
        Paged<QueueRow> rows = queries.queue(unit, page, size);
        rows.rows().forEach(r -> audit.read(user, PersonId.parse(r.personId()), unit, "Kö vårdcentral"));
        return rows;
    }

    private static String pvKey() {
        return ListingTypeCode.PV.code() + "|" + ListingTypeCode.PV.codeSystem();
    }
}
