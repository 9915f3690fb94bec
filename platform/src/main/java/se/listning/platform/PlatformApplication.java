package se.listning.platform;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import se.listning.platform.routing.RoutingFileParser;

/** National service platform stand-in: routes and authorises RIVTA calls between consumers and regions. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PlatformApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlatformApplication.class, args);
    }

    @Bean
    RoutingFileParser routingFileParser() {
        return new RoutingFileParser(Clock.systemUTC());
    }
}
