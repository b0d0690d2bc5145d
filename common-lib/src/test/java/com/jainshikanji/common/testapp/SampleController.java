package com.jainshikanji.common.testapp;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that fail in every way a real controller can. */
@RestController
class SampleController {

	private final JdbcClient jdbc;

	SampleController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/samples")
	List<String> search(@RequestParam @Min(1) @Max(100) int size, @RequestParam(required = false) Sort sort) {
		return List.of("size=" + size, "sort=" + sort);
	}

	@PostMapping("/samples")
	SampleRequest create(@Valid @RequestBody SampleRequest request) {
		return request;
	}

	@PostMapping("/samples/unique")
	void createUnique(@RequestBody SampleRequest request) {
		this.jdbc.sql("INSERT INTO sample_items (name) VALUES (:name)").param("name", request.name()).update();
	}

	@GetMapping("/samples/boom")
	String boom() {
		throw new IllegalStateException("SELECT password FROM users -- internal detail that must not leak");
	}

	@GetMapping("/samples/admin")
	@PreAuthorize("hasRole('ADMIN')")
	String adminOnly() {
		return "secret";
	}

	enum Sort {

		NEWEST, PRICE

	}

	record SampleRequest(@NotBlank String name, @Positive int quantity) {
	}

}
