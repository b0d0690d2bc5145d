package com.jainshikanji.systemtests;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs against the one local platform of this test run (started for the
 * first such class, stopped when the run ends). Its tests, and its {@code @BeforeAll}
 * methods, may take a {@link LocalPlatform} or a {@link Gateway} parameter. Its wall time
 * is printed when it ends.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(LocalPlatformExtension.class)
public @interface LocalPlatformTest {

	/**
	 * Tag of the fault drills (processes killed, Kafka stopped, PostgreSQL frozen). They
	 * run right after the smoke test and take about five minutes: leave them out while
	 * iterating on another scenario with
	 * {@code -Dsystem-tests.excluded-groups=fault-drill}.
	 */
	String FAULT_DRILL = "fault-drill";

}
