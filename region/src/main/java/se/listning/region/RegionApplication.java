package se.listning.region;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** One region's listing system: the carelisting contracts over SOAP on PostgreSQL. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RegionApplication {

    public static void main(String[] args) {
        SpringApplication.run(RegionApplication.class, args);
    }
}
