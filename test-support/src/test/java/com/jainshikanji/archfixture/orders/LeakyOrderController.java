package com.jainshikanji.archfixture.orders;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Breaks the rules on purpose: public, field-injected, entities over HTTP, printing to
 * stdout.
 */
@RestController
public class LeakyOrderController {

	@Autowired
	LeakyOrders orders;

	@PostMapping("/orders")
	LeakyOrder create(@RequestBody LeakyOrder order) {
		System.out.println(order);
		return order;
	}

}
