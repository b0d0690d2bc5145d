package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A delivery order's confirmation and preparation messages say when it should be with the
 * customer, which is what the order's estimate is for a delivery (they said "ready by",
 * the words for a pickup). Brings the ORDER_CONFIRMED and ORDER_PREPARING templates of a
 * database migrated before to the text of their files in {@code db/templates}
 * ({@link UneditedTemplates}).
 */
public class V8__deliveries_say_when_they_arrive extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		UneditedTemplates.refresh(context.getConnection(), "ORDER_CONFIRMED");
		UneditedTemplates.refresh(context.getConnection(), "ORDER_PREPARING");
	}

}
