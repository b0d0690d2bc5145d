package com.jainshikanji.customer.profile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.security.Role;

/**
 * Accounts as administrators look for them ({@link CustomerQuery}). Read straight from
 * the tables: a list of summaries needs none of the aggregate's rules, and loading each
 * customer with its roles, addresses and memberships would cost a query per row. The
 * patterns match anywhere in the text, so PostgreSQL reads the whole table: fine for the
 * tens of thousands of accounts a chain of stores has, and a trigram index the day it is
 * not.
 */
@Service
class CustomerDirectory {

	private static final String WHERE = """
			WHERE (CAST(:text AS TEXT) IS NULL
			       OR c.email LIKE :text ESCAPE '\\'
			       OR lower(c.first_name || ' ' || coalesce(c.last_name, '')) LIKE :text ESCAPE '\\'
			       OR c.phone LIKE :phone ESCAPE '\\')
			  AND (CAST(:active AS BOOLEAN) IS NULL OR c.is_active = :active)
			  AND (CAST(:role AS TEXT) IS NULL
			       OR EXISTS (SELECT 1 FROM customer_roles r WHERE r.customer_id = c.id AND r.role = :role))
			""";

	private final JdbcClient jdbc;

	CustomerDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	CustomerPage search(CustomerQuery query) {
		long total = bind(this.jdbc.sql("SELECT count(*) FROM customers c " + WHERE), query).query(Long.class).single();
		List<CustomerPage.Summary> items = bind(this.jdbc.sql("""
				SELECT c.id, c.email, c.first_name, c.last_name, c.phone, c.is_active, c.email_verified,
				       c.loyalty_tier, c.created_at, c.last_login_at,
				       array_to_string(ARRAY(SELECT r.role FROM customer_roles r WHERE r.customer_id = c.id), ',')
				           AS roles
				FROM customers c
				""" + WHERE + " ORDER BY c.created_at DESC, c.id DESC LIMIT :limit OFFSET :offset"), query)
			.param("limit", query.pageSize())
			.param("offset", (long) query.pageNumber() * query.pageSize())
			.query((rs, row) -> summary(rs))
			.list();
		return new CustomerPage(items, query.pageNumber(), query.pageSize(), total);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, CustomerQuery query) {
		return statement.param("text", query.textPattern())
			.param("phone", query.phonePattern())
			.param("active", query.active())
			.param("role", (query.role() != null) ? query.role().name() : null);
	}

	private static CustomerPage.Summary summary(ResultSet rs) throws SQLException {
		Timestamp lastLogin = rs.getTimestamp("last_login_at");
		return new CustomerPage.Summary(rs.getObject("id", UUID.class), rs.getString("email"),
				rs.getString("first_name"), rs.getString("last_name"), rs.getString("phone"),
				roles(rs.getString("roles")), rs.getBoolean("is_active"), rs.getBoolean("email_verified"),
				LoyaltyTier.valueOf(rs.getString("loyalty_tier")), rs.getTimestamp("created_at").toInstant(),
				(lastLogin != null) ? lastLogin.toInstant() : null);
	}

	private static Set<Role> roles(String joined) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (!joined.isEmpty()) {
			Arrays.stream(joined.split(",")).map(Role::valueOf).forEach(roles::add);
		}
		return roles;
	}

}
