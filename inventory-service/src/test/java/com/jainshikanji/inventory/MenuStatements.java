package com.jainshikanji.inventory;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Counts the SQL statements the service sends while serving a request that name the
 * menu's tables (products, categories, customizations), whichever way they go (JPA or
 * JDBC, prepared or not): a read the menu cache answers sends none. Listeners and
 * scheduled jobs are not counted, so they cannot disturb a test. Wraps the service's
 * {@link DataSource}; every test of {@link InventoryServiceTest} shares it, so a test
 * reads the difference of {@link #count()} around what it does.
 */
class MenuStatements implements BeanPostProcessor {

	private static final AtomicLong count = new AtomicLong();

	static long count() {
		return count.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return (bean instanceof DataSource dataSource && !(bean instanceof Counting)) ? new Counting(dataSource) : bean;
	}

	private static void seen(Object sql) {
		if (RequestContextHolder.getRequestAttributes() == null) {
			return; // not serving a request: a listener or a scheduled job
		}
		String text = String.valueOf(sql).toLowerCase(Locale.ROOT);
		if (text.contains("products") || text.contains("categories") || text.contains("customization")) {
			count.incrementAndGet();
		}
	}

	private static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return wrap(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return wrap(super.getConnection(username, password));
		}

		private static Connection wrap(Connection connection) {
			return proxy(Connection.class, (proxy, method, args) -> {
				if (method.getName().startsWith("prepare") && args != null) {
					seen(args[0]);
				}
				Object result = invoke(connection, method, args);
				return (result instanceof Statement statement && !(result instanceof PreparedStatement))
						? statement(statement) : result;
			});
		}

		private static Statement statement(Statement statement) {
			return proxy(Statement.class, (proxy, method, args) -> {
				if (method.getName().startsWith("execute") && args != null && args[0] instanceof String sql) {
					seen(sql);
				}
				return invoke(statement, method, args);
			});
		}

		private static <T> T proxy(Class<T> type, InvocationHandler handler) {
			return type
				.cast(Proxy.newProxyInstance(MenuStatements.class.getClassLoader(), new Class<?>[] { type }, handler));
		}

		private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

	}

}
