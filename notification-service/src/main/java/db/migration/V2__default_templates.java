package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The default template of every kind of notification on every channel it uses, from the
 * text files in {@code db/templates} (one per kind, one section per channel and part).
 * Java rather than SQL because the templates are full of {@code ${...}}, which Flyway
 * would take for its placeholders. Like any migration it never changes once shipped: new
 * wording for a default goes in a new migration (admins' edits are theirs).
 */
public class V2__default_templates extends BaseJavaMigration {

	/**
	 * Every kind there was when this migration shipped, in the order of
	 * {@code NotificationKind}; a kind added since has its templates inserted by a
	 * migration of its own ({@link #insert}).
	 */
	static final String[] KINDS = { "WELCOME", "EMAIL_VERIFICATION", "PASSWORD_RESET", "PASSWORD_CHANGED",
			"ORDER_PLACED", "ORDER_CONFIRMED", "ORDER_PREPARING", "ORDER_READY", "ORDER_OUT_FOR_DELIVERY",
			"ORDER_DELIVERED", "ORDER_CANCELLED", "PAYMENT_FAILED", "REFUND_PROCESSED", "LOYALTY_TIER_CHANGED",
			"LOW_STOCK", "PROMOTION", "ANNOUNCEMENT" };

	@Override
	public void migrate(Context context) throws Exception {
		insert(context.getConnection(), KINDS);
	}

	/** Inserts the default templates of the kinds, enabled, from their files. */
	static void insert(Connection connection, String... kinds) throws SQLException, IOException {
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO templates (id, kind, channel, subject, body, html, enabled, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, true, now())
				""")) {
			for (String kind : kinds) {
				for (Map.Entry<String, Map<String, String>> channel : read(kind).entrySet()) {
					Map<String, String> parts = channel.getValue();
					insert.setObject(1, UUID.randomUUID());
					insert.setString(2, kind);
					insert.setString(3, channel.getKey());
					insert.setString(4, parts.get("subject"));
					insert.setString(5, parts.get("body"));
					insert.setString(6, parts.get("html"));
					insert.addBatch();
				}
			}
			insert.executeBatch();
		}
	}

	/**
	 * A kind's file: sections headed {@code === CHANNEL part}, each part's text up to the
	 * next heading, trailing blank lines dropped.
	 */
	static Map<String, Map<String, String>> read(String kind) throws IOException {
		String resource = "db/templates/" + kind + ".txt";
		String text;
		try (InputStream in = V2__default_templates.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No default templates for " + kind + " (" + resource + ")");
			}
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Map<String, Map<String, String>> channels = new LinkedHashMap<>();
		String channel = null;
		String part = null;
		StringBuilder content = new StringBuilder();
		for (String line : (text + "\n=== END end").split("\n", -1)) {
			if (line.startsWith("=== ")) {
				if (channel != null) {
					channels.computeIfAbsent(channel, (key) -> new LinkedHashMap<>())
						.put(part, content.toString().stripTrailing());
				}
				String[] heading = line.substring(4).strip().split("\\s+");
				channel = heading[0];
				part = heading[1];
				content.setLength(0);
			}
			else if (channel != null) {
				content.append(line).append('\n');
			}
		}
		channels.remove("END");
		return channels;
	}

}
