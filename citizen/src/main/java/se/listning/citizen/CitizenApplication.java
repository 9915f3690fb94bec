package se.listning.citizen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The citizen e-service: 1177 Listning's counterpart, a consumer of the carelisting contracts through the platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CitizenApplication {

    public static void main(String[] args) {
        SpringApplication.run(CitizenApplication.class, args);
    }
}
