package com.jainshikanji.common.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The published identity of an {@link IntegrationEvent}: its name, schema version and
 * topic.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface EventType {

	/**
	 * The name consumers switch on, e.g. {@code CustomerRegistered}; never changes once
	 * published.
	 */
	String name();

	/**
	 * The payload schema version. Adding optional fields keeps the version (readers
	 * ignore what they do not know); removing or changing the meaning of a field means a
	 * new version.
	 */
	int version() default 1;

	/** The topic, one of {@link Topics}. */
	String topic();

}
