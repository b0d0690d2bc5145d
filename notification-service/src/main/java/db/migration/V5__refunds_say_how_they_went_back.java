package db.migration;

import java.sql.PreparedStatement;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The default refund notifications say how the money went back ({@code refundMethod}):
 * handed back in cash, sent by bank transfer, or through the payment provider, which
 * alone takes 5 to 7 working days to show in a bank or UPI app (every refund used to be
 * told so). Brings the REFUND_PROCESSED templates of a database migrated before to the
 * text of {@code db/templates/REFUND_PROCESSED.txt}, on every channel an admin has not
 * changed (they set {@code updated_by}): admins' edits are theirs. A database migrated
 * since has that text from {@link V2__default_templates} already.
 */
public class V5__refunds_say_how_they_went_back extends BaseJavaMigration {

	static final String KIND = "REFUND_PROCESSED";

	@Override
	public void migrate(Context context) throws Exception {
		try (PreparedStatement update = context.getConnection().prepareStatement("""
				UPDATE templates SET subject = ?, body = ?, html = ?, updated_at = now()
				WHERE kind = ? AND channel = ? AND updated_by IS NULL
				""")) {
			for (Map.Entry<String, Map<String, String>> channel : V2__default_templates.read(KIND).entrySet()) {
				Map<String, String> parts = channel.getValue();
				update.setString(1, parts.get("subject"));
				update.setString(2, parts.get("body"));
				update.setString(3, parts.get("html"));
				update.setString(4, KIND);
				update.setString(5, channel.getKey());
				update.addBatch();
			}
			update.executeBatch();
		}
	}

}
