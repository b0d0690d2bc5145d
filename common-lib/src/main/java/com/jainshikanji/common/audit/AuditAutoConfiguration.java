package com.jainshikanji.common.audit;

import java.time.Clock;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;
import org.flywaydb.core.Flyway;
import org.slf4j.MDC;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log in every service with a database and Spring Security: the schema, the
 * {@link AuditLog} services record changes with, and the admin endpoint that reads it.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration" })
@ConditionalOnClass({ JdbcClient.class, Flyway.class, SecurityContextHolder.class, RequestContextHolder.class })
@ConditionalOnBean(DataSource.class)
public class AuditAutoConfiguration {

	@Bean
	AuditSchema auditSchema(DataSource dataSource) {
		return AuditSchema.migrate(dataSource);
	}

	@Bean
	AuditLog auditLog(AuditSchema schema, JdbcClient jdbc, Clock clock) {
		return new AuditLog(jdbc, clock, AuditAutoConfiguration::currentClientIp, () -> MDC.get("traceId"));
	}

	private static String currentClientIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			// Behind the gateway, Tomcat's remote-IP valve has already put the client's
			// address here (X-Forwarded-For is believed only from trusted proxies).
			// Cut to the column: a garbage forwarded address must not fail the change.
			String address = request.getRemoteAddr();
			return (address != null && address.length() > 45) ? address.substring(0, 45) : address;
		}
		return null;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@Import(AuditController.class)
	static class AuditWebConfiguration {

	}

}
