package com.jainshikanji.inventory.config;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Conditional GETs on the public catalog: every successful GET carries an ETag computed
 * from the response body, and a request whose {@code If-None-Match} matches it gets 304
 * without the body. Hashing the body (rather than, say, the newest update time) keeps the
 * tag honest for everything that shapes a response: filters, stock at a store, the
 * availability window, and whether the caller may see cost prices.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> catalogEtags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/api/v1/products/*", "/api/v1/categories/*");
		return registration;
	}

}
