package se.listning.region.soap;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Test-scoped data-source proxy that records every SQL statement executed (and every commit and
 * rollback) with the name of the thread that ran it, so a test can count the statements of one SOAP
 * call exactly: the count is noise-free, unlike a timing (docs/BENCHMARKS.md, Issue 6).
 */
final class StatementRecorder {

    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");

    /** One recorded statement: the thread, and the SQL (or COMMIT/ROLLBACK). */
    /** What PgJDBC sends for {@link Connection#getTransactionIsolation()}. */
    static final String ISOLATION_QUERY = "SHOW TRANSACTION ISOLATION LEVEL";

    record Entry(String thread, String sql) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private volatile boolean recording;

    void start() {
        synchronized (entries) {
            entries.clear();
        }
        recording = true;
    }

    /** Stops and returns what threads matching the filter executed since {@link #start()}. */
    List<Entry> stop(Predicate<String> threads) {
        recording = false;
        synchronized (entries) {
            return entries.stream().filter(e -> threads.test(e.thread())).toList();
        }
    }

    private void record(String sql) {
        if (recording) {
            synchronized (entries) {
                entries.add(new Entry(Thread.currentThread().getName(), sql.strip().replaceAll("\\s+", " ")));
            }
        }
    }

    DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (method, args, result) ->
                method.getName().equals("getConnection") ? connection((Connection) result) : result);
    }

    private Connection connection(Connection target) {
        return proxy(Connection.class, target, (method, args, result) -> switch (method.getName()) {
            case "prepareStatement", "prepareCall" -> statement((Statement) result, (String) args[0]);
            case "createStatement" -> statement((Statement) result, null);
            case "commit" -> {
                record("COMMIT");
                yield result;
            }
            case "rollback" -> {
                record("ROLLBACK");
                yield result;
            }
            case "getTransactionIsolation" -> { // PgJDBC asks the server: a round trip of its own
                record(ISOLATION_QUERY);
                yield result;
            }
            default -> result;
        });
    }

    private Statement statement(Statement target, String preparedSql) {
        Class<? extends Statement> type = target instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                : target instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        return proxy(type, target, (method, args, result) -> {
            if (EXECUTES.contains(method.getName())) {
                record(args != null && args.length > 0 && args[0] instanceof String sql ? sql : String.valueOf(preparedSql));
            }
            return result;
        });
    }

    /** What to return instead of the target's result. */
    private interface After {
        Object apply(Method method, Object[] args, Object result) throws Exception;
    }

    private static <T> T proxy(Class<? extends T> type, T target, After after) {
        InvocationHandler handler = (self, method, args) -> {
            if (method.getName().equals("unwrap") && args[0] instanceof Class<?> c && c.isInstance(target)) {
                return target;
            }
            try {
                return after.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /** Registers a recorder and wraps the application's DataSource with it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        static StatementRecorder statementRecorder() {
            return new StatementRecorder();
        }

        @Bean
        static BeanPostProcessor recordingDataSource(org.springframework.beans.factory.ObjectProvider<StatementRecorder> recorder) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds ? recorder.getObject().wrap(ds) : bean;
                }
            };
        }
    }
}
