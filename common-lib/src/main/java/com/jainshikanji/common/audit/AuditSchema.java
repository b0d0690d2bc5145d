package com.jainshikanji.common.audit;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Creates and migrates the {@code audit} schema with its own Flyway history, independent
 * of the service's own migrations.
 */
public final class AuditSchema {

	/** The schema holding the audit log. */
	public static final String NAME = "audit";

	private AuditSchema() {
	}

	public static AuditSchema migrate(DataSource dataSource) {
		Flyway.configure()
			.dataSource(dataSource)
			.schemas(NAME)
			.createSchemas(true)
			.locations("classpath:db/audit")
			.load()
			.migrate();
		return new AuditSchema();
	}

}
