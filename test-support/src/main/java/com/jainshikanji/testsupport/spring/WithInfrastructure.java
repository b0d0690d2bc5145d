package com.jainshikanji.testsupport.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a Spring test against the real infrastructure of this JVM (see
 * {@link com.jainshikanji.testsupport.infra.Infrastructure}): the datasource points at
 * the service's own database on the shared PostgreSQL, and Kafka, Redis and SMTP at the
 * shared servers. Each server starts only when the application first reads its address,
 * so a service that does not use Redis never starts one.
 *
 * <p>
 * Test classes with the same database share one cached application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface WithInfrastructure {

	/** The service's database, e.g. {@code customer}. */
	String database();

}
