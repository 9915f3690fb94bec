package se.listning.region.staff.upload;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The upload's in-process progress registry. */
@Configuration(proxyBeanMethods = false)
class UploadConfig {

    @Bean
    UploadProgress uploadProgress() {
        return new UploadProgress();
    }
}
