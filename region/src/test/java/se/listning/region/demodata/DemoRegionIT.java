package se.listning.region.demodata;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of the demo-data integration tests: the real application on a fresh embedded PostgreSQL that
 * the {@link DemoDataLoader} fills at startup (catalogue + a small generated region), real HTTP.
 * Subclasses share this one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "listning.county=" + DemoRegionIT.COUNTY,
        "listning.demo-data=true",
        "listning.demo-residents=" + DemoRegionIT.RESIDENTS,
        "listning.data-dir=target/demodata-it/${random.uuid}"})
abstract class DemoRegionIT {

    static final String COUNTY = "01";
    static final int RESIDENTS = 6000;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
