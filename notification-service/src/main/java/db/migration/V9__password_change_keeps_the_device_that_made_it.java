package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The password-changed email no longer says the owner was signed out everywhere: a
 * password changed in the app keeps the device that changed it signed in, with a new
 * session. Brings the PASSWORD_CHANGED template of a database migrated before to the text
 * of its file in {@code db/templates} ({@link UneditedTemplates}).
 */
public class V9__password_change_keeps_the_device_that_made_it extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		UneditedTemplates.refresh(context.getConnection(), "PASSWORD_CHANGED");
	}

}
