package se.listning.citizen.config;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.HttpSessionMutexListener;

/** Infrastructure beans: the Swedish clock and the pool that asks several regions at once. */
@Configuration(proxyBeanMethods = false)
public class CitizenConfig {

    /** Threads that wait on region calls (I/O bound): a start page asks up to 21 regions in parallel. */
    public static final String REGION_CALLS = "regionCalls";

    @Bean
    Clock clock() {
        return Clock.system(java.time.ZoneId.of("Europe/Stockholm"));
    }

    /** One stable lock object per session, for the once-only form tokens. */
    @Bean
    ServletListenerRegistrationBean<HttpSessionMutexListener> sessionMutex() {
        return new ServletListenerRegistrationBean<>(new HttpSessionMutexListener());
    }

    @Bean(name = REGION_CALLS, destroyMethod = "shutdownNow")
    ExecutorService regionCalls() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(32, r -> {
            Thread thread = new Thread(r, "region-call-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
