package se.listning.region.staff.doctors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo: seeds an empty doctor directory with the generated doctors plus two not-yet-added doctors per
 * listable unit (synthetic names), so "Lägg till ny läkare" has something to offer.
 */
@Component
@Order(2)
@ConditionalOnProperty(prefix = "listning", name = "demo-data", havingValue = "true", matchIfMissing = true)
public class DemoDoctorDirectory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDoctorDirectory.class);

    private final JdbcClient jdbc;

    public DemoDoctorDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select exists (select 1 from doctor_directory)").query(Boolean.class).single()) {
            return;
        }
        int existing = jdbc.sql("""
                insert into doctor_directory (hsa_id, name, title, specialisation, facility_hsa_id, imported_at)
                select hsa_id, name, title, 'Allmänmedicin', facility_hsa_id, localtimestamp from doctor""").update();
        int extra = jdbc.sql("""
                insert into doctor_directory (hsa_id, name, title, specialisation, facility_hsa_id, imported_at)
                select f.hsa_id || '-K' || g,
                       (array['Alva','Nils','Elsa','Oskar','Maja','Viktor','Saga','Hugo'])[1 + (abs(hashtext(f.hsa_id)) + g) % 8]
                         || ' ' || (array['Lindqvist','Berg','Holm','Sjöberg','Ek','Nyström','Lund','Dahl'])[1 + (abs(hashtext(f.hsa_id)) / 8 + g) % 8],
                       case when g = 1 then 'Specialist i allmänmedicin' else 'ST-läkare' end,
                       case when g = 1 then 'Allmänmedicin' else 'Under specialistutbildning' end,
                       f.hsa_id, localtimestamp
                from facility f cross join generate_series(1, 2) g
                where f.listable
                on conflict do nothing""").update();
        log.info("Demo doctor directory: {} generated doctors and {} not yet added", existing, extra);
    }
}
