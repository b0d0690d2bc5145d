package com.jainshikanji.review;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Verified reviews of delivered products: who may review what comes from the order topic,
 * reviews are moderated and answered by the store, and each product's rating is kept with
 * its reviews and published for the menu.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReviewServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ReviewServiceApplication.class, args);
	}

}
