package se.listning.region.staff.upload;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** The upload's in-process progress registry and its size check ahead of Spring Security. */
@Configuration(proxyBeanMethods = false)
class UploadConfig {

    @Bean
    UploadProgress uploadProgress() {
        return new UploadProgress();
    }

    @Bean
    FilterRegistrationBean<UploadSizeLimit> uploadSizeLimit(
            @Value("${spring.servlet.multipart.max-request-size:100MB}") DataSize max) {
        FilterRegistrationBean<UploadSizeLimit> registration = new FilterRegistrationBean<>(new UploadSizeLimit(max));
        registration.addUrlPatterns("/staff/upload");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
