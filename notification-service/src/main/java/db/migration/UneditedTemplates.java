package db.migration;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * Brings the templates of one kind to the text of {@code db/templates/<kind>.txt}, on
 * every channel an admin has not changed (they set {@code updated_by}): admins' edits are
 * theirs. What a migration that changes a default text does to a database migrated before
 * it; a database migrated since has that text from {@link V2__default_templates} already.
 */
final class UneditedTemplates {

	private UneditedTemplates() {
	}

	static void refresh(Connection connection, String kind) throws SQLException, IOException {
		try (PreparedStatement update = connection.prepareStatement("""
				UPDATE templates SET subject = ?, body = ?, html = ?, updated_at = now()
				WHERE kind = ? AND channel = ? AND updated_by IS NULL
				""")) {
			for (Map.Entry<String, Map<String, String>> channel : V2__default_templates.read(kind).entrySet()) {
				Map<String, String> parts = channel.getValue();
				update.setString(1, parts.get("subject"));
				update.setString(2, parts.get("body"));
				update.setString(3, parts.get("html"));
				update.setString(4, kind);
				update.setString(5, channel.getKey());
				update.addBatch();
			}
			update.executeBatch();
		}
	}

}
