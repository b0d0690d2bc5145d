package com.jainshikanji.loyalty;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Loyalty: the points ledger (earned on delivery, redeemed at checkout, expired, adjusted
 * by admins), tiers, and campaigns whose coupons order placement applies.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LoyaltyServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(LoyaltyServiceApplication.class, args);
	}

}
