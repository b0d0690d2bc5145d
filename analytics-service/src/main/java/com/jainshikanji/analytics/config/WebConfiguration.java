package com.jainshikanji.analytics.config;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.jainshikanji.analytics.funnel.FunnelProperties;
import com.jainshikanji.common.web.ProblemResponseWriter;
import com.jainshikanji.common.web.RequestBodyLimitFilter;

/**
 * The dashboard page and the limit on the apps' events. The page is static (HTML, script,
 * styles under {@code /analytics/}, Chart.js from its WebJar under
 * {@code /analytics/webjars/}) and served with a content security policy that allows
 * nothing but this origin: no inline script, no third-party code.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** The page and its assets: public, like any web app's files. */
	static final String[] PAGE_PATHS = { "/analytics", "/analytics/", "/analytics/**" };

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/analytics", "/analytics/dashboard");
		registry.addRedirectViewController("/analytics/", "/analytics/dashboard");
		registry.addViewController("/analytics/dashboard").setViewName("forward:/analytics/dashboard.html");
	}

	/**
	 * Events are small: a tighter limit on their endpoint than on the service's others.
	 */
	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> eventBodyLimitFilter(FunnelProperties limits,
			ProblemResponseWriter writer) {
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter(limits.maxBody().toBytes(), writer));
		registration.addUrlPatterns("/api/v1/analytics/event");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<PageHeadersFilter> pageHeadersFilter() {
		FilterRegistrationBean<PageHeadersFilter> registration = new FilterRegistrationBean<>(
				new PageHeadersFilter(CONTENT_SECURITY_POLICY));
		registration.addUrlPatterns("/analytics/*");
		return registration;
	}

}
