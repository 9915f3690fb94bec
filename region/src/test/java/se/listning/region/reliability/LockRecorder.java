package se.listning.region.reliability;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Test-only: wraps a node's ShedLock {@link LockProvider} and notes each time the node held a job's lock
 * (from acquiring it until the job returned) and each time it was turned away. Registered as an extra source
 * of the node's application (not component-scanned).
 */
class LockRecorder implements BeanPostProcessor, EnvironmentAware {

    /** One job run under the lock on one node. */
    record Held(String node, String lock, long from, long to) {

        boolean overlaps(Held other) {
            return lock.equals(other.lock) && from < other.to && other.from < to;
        }
    }

    private static final ConcurrentLinkedQueue<Held> HELD = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger REFUSED = new AtomicInteger();

    private String node;

    static List<Held> held() {
        return List.copyOf(HELD);
    }

    static int refused() {
        return REFUSED.get();
    }

    @Override
    public void setEnvironment(Environment environment) {
        node = environment.getProperty("listning.scheduling.node-name", "?");
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof LockProvider provider) {
            return (LockProvider) configuration -> record(provider, configuration);
        }
        return bean;
    }

    private Optional<SimpleLock> record(LockProvider provider, LockConfiguration configuration) {
        Optional<SimpleLock> lock = provider.lock(configuration);
        if (lock.isEmpty()) {
            REFUSED.incrementAndGet();
            return lock;
        }
        long from = System.nanoTime();
        SimpleLock inner = lock.get();
        return Optional.of(() -> {
            HELD.add(new Held(node, configuration.getName(), from, System.nanoTime()));
            inner.unlock();
        });
    }
}
