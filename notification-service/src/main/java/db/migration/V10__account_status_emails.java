package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The emails that tell an owner their account was deactivated or reactivated
 * (customer-service's AccountStatusChanged): their default templates, from their files in
 * {@code db/templates}.
 */
public class V10__account_status_emails extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		V2__default_templates.insert(context.getConnection(), "ACCOUNT_DEACTIVATED", "ACCOUNT_REACTIVATED");
	}

}
