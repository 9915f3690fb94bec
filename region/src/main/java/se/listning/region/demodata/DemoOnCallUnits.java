package se.listning.region.demodata;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo on-call cooperation ("joursamverkande vårdenhet"): every listable unit cooperates with its
 * municipality's "Närakuten", so the person page shows one. Only when demo data is on and none is set.
 */
@Component
@Order(1)
@ConditionalOnProperty(prefix = "listning", name = "demo-data", havingValue = "true", matchIfMissing = true)
public class DemoOnCallUnits implements ApplicationRunner {

    private final JdbcClient jdbc;

    public DemoOnCallUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select exists (select 1 from facility_on_call)").query(Boolean.class).single()) {
            return;
        }
        jdbc.sql("""
                        insert into facility_on_call (facility_hsa_id, partner_name)
                        select f.hsa_id, 'Närakuten ' || m.name
                        from facility f join municipality m on m.code = f.municipality_code
                        where f.listable""")
                .update();
    }
}
