package se.listning.region.staff.upload;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The locks an upload takes on the known units of its file, in its transaction, after staging and before
 * anything is checked (ADR 0003): one upload per unit (advisory, refused when taken), then the units' rows as
 * CreateListing locks them for its capacity and doctor-cap checks, then the rows of the file's doctors at those
 * units as the staff link tools lock them. Unknown units are faulty rows and need no lock. Every lock is taken
 * in HSA-id order and before the upload writes a listing, so a CreateListing that holds a unit finishes first
 * and one that comes later waits for the upload: the doctors' caps are counted and used under the same locks on
 * every node.
 */
@Component
class UploadLocks {

    private final JdbcClient jdbc;

    UploadLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the locks; refused when another upload holds one of the file's units. */
    void take() {
        // the file's known units (unknown ones are rejected rows and need no lock): at most the facility table
        String[] units = jdbc.sql("""
                        select f.hsa_id from facility f
                        where upper(f.hsa_id) in (select distinct unit from csv_staging where unit is not null and unit <> '')
                        order by f.hsa_id""")
                .query(String.class).list().toArray(String[]::new);
        refuseWhenAnotherUploadHoldsAUnit(units);
        jdbc.sql("select hsa_id from facility where hsa_id = any(:units) order by hsa_id for update")
                .param("units", units).query(String.class).list();
        jdbc.sql("""
                        select d.hsa_id from doctor d
                        where d.facility_hsa_id = any(:units)
                          and upper(d.hsa_id) in (select distinct doctor from csv_staging where doctor is not null and doctor <> '')
                        order by d.hsa_id for update of d""")
                .param("units", units).query(String.class).list();
    }

    /** One upload at a time per unit: transaction-scoped advisory locks, refused (not waited for) when taken. */
    private void refuseWhenAnotherUploadHoldsAUnit(String[] units) {
        List<String> taken = jdbc.sql("""
                        select u from unnest(cast(:units as text[])) as u
                        where not pg_try_advisory_xact_lock(hashtextextended('csv_upload:' || upper(u), 0))
                        order by u""")
                .param("units", units).query(String.class).list();
        if (!taken.isEmpty()) {
            throw new CsvUploadJob.UploadRefused("En annan uppladdning för vårdcentralen " + taken.get(0)
                    + " pågår. Vänta tills den är klar och ladda sedan upp filen igen.");
        }
    }
}
