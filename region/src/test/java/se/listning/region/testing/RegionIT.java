package se.listning.region.testing;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of the region's integration tests: one application context (real embedded PostgreSQL in a
 * fresh directory under target/, real HTTP on a random port, no demo data) shared by every IT class
 * that extends this without changing the configuration. Use {@link #fixtures} for data.
 */
@Import(FixturesConfig.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "listning.demo-data=false",
        "listning.data-dir=target/it-data/${random.uuid}",
        "listning.queue-advance-interval=PT2S"})
public abstract class RegionIT {

    @Autowired
    protected Fixtures fixtures;

    @Autowired
    protected JdbcClient jdbc;

    @LocalServerPort
    protected int port;
}
