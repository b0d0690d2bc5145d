package db.migration;

import java.sql.PreparedStatement;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A cancelled order's email and in-app notification say whether money goes back by how
 * the order was paid ({@code paymentType}): a cash-on-delivery order, or one its
 * discounts paid for, has nothing to refund (every cancellation used to say that money
 * paid online goes back). Brings the ORDER_CANCELLED templates of a database migrated
 * before to the text of {@code db/templates/ORDER_CANCELLED.txt}, on every channel an
 * admin has not changed (they set {@code updated_by}), as
 * {@link V5__refunds_say_how_they_went_back} did for refunds. A database migrated since
 * has that text from {@link V2__default_templates} already.
 */
public class V6__cancellations_say_whether_money_goes_back extends BaseJavaMigration {

	static final String KIND = "ORDER_CANCELLED";

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
