package com.jainshikanji.analytics;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * How the business is doing: order, payment, customer, loyalty and review events become
 * facts and rollups per store and day (in the store's time zone), per product and per
 * hour of the week; managers and admins read them through the API and the dashboard page.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AnalyticsServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(AnalyticsServiceApplication.class, args);
	}

}
