package com.jainshikanji.common.messaging;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Creates and migrates the {@code messaging} schema (outbox and processed events) with
 * its own Flyway history, independent of the service's own migrations. Runs once, at
 * startup, before anything uses the tables.
 */
public final class MessagingSchema {

	/** The schema holding common-lib's tables. */
	public static final String NAME = "messaging";

	private MessagingSchema(DataSource dataSource) {
		Flyway.configure()
			.dataSource(dataSource)
			.schemas(NAME)
			.createSchemas(true)
			.locations("classpath:db/messaging")
			.load()
			.migrate();
	}

	public static MessagingSchema migrate(DataSource dataSource) {
		return new MessagingSchema(dataSource);
	}

}
