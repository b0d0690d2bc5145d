package com.jainshikanji.testsupport.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

import com.jainshikanji.testsupport.infra.Infrastructure;

/**
 * A brand-new, empty database on the shared PostgreSQL, for tests that prove a service's
 * migrations build its schema from nothing, without a running application.
 */
public final class EmptyDatabase {

	private EmptyDatabase() {
	}

	/** Creates a new empty database named after the service. */
	public static DataSource create(String service) {
		Infrastructure.Database database = Infrastructure.shared()
			.database(service + "_empty_" + UUID.randomUUID().toString().substring(0, 8));
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(database.jdbcUrl());
		dataSource.setUser(database.username());
		dataSource.setPassword(database.password());
		return dataSource;
	}

	/**
	 * The tables of the service's own schema and of common-lib's {@code messaging} and
	 * {@code audit} schemas, as schema.table.
	 */
	public static List<String> tables(DataSource dataSource) {
		List<String> tables = new ArrayList<>();
		try (Connection connection = dataSource.getConnection();
				ResultSet rs = connection.createStatement()
					.executeQuery("SELECT table_schema || '.' || table_name FROM information_schema.tables "
							+ "WHERE table_schema IN ('public', 'messaging', 'audit') AND table_type = 'BASE TABLE'")) {
			while (rs.next()) {
				tables.add(rs.getString(1));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not list tables", ex);
		}
		return tables;
	}

}
