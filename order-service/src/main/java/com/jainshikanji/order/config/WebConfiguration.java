package com.jainshikanji.order.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.jainshikanji.order.order.OrderStatus;

/**
 * Query parameters take statuses as the API writes them
 * ({@code ?status=out_for_delivery}), not as Java constants.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, OrderStatus.class, OrderStatus::fromCode);
	}

}
