package com.jainshikanji.systemtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One service's database on the local platform's PostgreSQL, read with plain JDBC to
 * check invariants after a scenario. A connection per call: these are checks, not load.
 */
public final class Database {

	private final String url;

	private final String user;

	private final String password;

	Database(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	/**
	 * A new connection, for what the helpers below do not cover; the caller closes it.
	 */
	public Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, this.user, this.password);
	}

	/** Every row the query returns, each as column label → value, in column order. */
	public List<Map<String, Object>> rows(String sql, Object... parameters) {
		try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet result = statement.executeQuery()) {
				ResultSetMetaData meta = result.getMetaData();
				List<Map<String, Object>> rows = new ArrayList<>();
				while (result.next()) {
					Map<String, Object> row = new LinkedHashMap<>();
					for (int column = 1; column <= meta.getColumnCount(); column++) {
						row.put(meta.getColumnLabel(column), result.getObject(column));
					}
					rows.add(row);
				}
				return rows;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run " + sql + " on " + this.url, ex);
		}
	}

	/**
	 * The first column of the only row the query returns, e.g. a {@code count(*)}.
	 * @throws AssertionError if the query returns no row or more than one
	 */
	@SuppressWarnings("unchecked")
	public <T> T single(String sql, Object... parameters) {
		List<Map<String, Object>> rows = rows(sql, parameters);
		if (rows.size() != 1) {
			throw new AssertionError("Expected one row from " + sql + " but got " + rows);
		}
		return (T) rows.getFirst().values().iterator().next();
	}

	/** A {@code count(*)} (or any single number) as a long. */
	public long count(String sql, Object... parameters) {
		return ((Number) single(sql, parameters)).longValue();
	}

	@Override
	public String toString() {
		return this.url;
	}

}
