package se.listning.region.registers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Marks the beans of the registers stand-in: present only with {@code listning.registers-stand-in.enabled=true}
 * (demo only, never in production; see docs/registers-stand-in.md).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(prefix = "listning.registers-stand-in", name = "enabled", havingValue = "true")
public @interface RegistersStandIn {
}
