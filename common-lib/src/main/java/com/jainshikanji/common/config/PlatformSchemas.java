package com.jainshikanji.common.config;

import javax.sql.DataSource;

import com.jainshikanji.common.audit.AuditSchema;
import com.jainshikanji.common.messaging.MessagingSchema;

/**
 * Common-lib's own schemas (the outbox and inbox, the audit log), migrated the way a
 * running service migrates them at startup; for tests that build a database without the
 * application.
 */
public final class PlatformSchemas {

	private PlatformSchemas() {
	}

	public static void migrate(DataSource dataSource) {
		MessagingSchema.migrate(dataSource);
		AuditSchema.migrate(dataSource);
	}

}
