package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The default refund notifications say how the money went back ({@code refundMethod}):
 * handed back in cash, sent by bank transfer, or through the payment provider, which
 * alone takes 5 to 7 working days to show in a bank or UPI app (every refund used to be
 * told so). Brings the REFUND_PROCESSED templates of a database migrated before to the
 * text of {@code db/templates/REFUND_PROCESSED.txt} ({@link UneditedTemplates}).
 */
public class V5__refunds_say_how_they_went_back extends BaseJavaMigration {

	static final String KIND = "REFUND_PROCESSED";

	@Override
	public void migrate(Context context) throws Exception {
		UneditedTemplates.refresh(context.getConnection(), KIND);
	}

}
