package com.jainshikanji.common.testapp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;
import com.jainshikanji.common.money.Money;
import com.jainshikanji.common.web.IdempotencyKeys;

/** Endpoints that fail in every way a real controller can. */
@RestController
class SampleController {

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	SampleController(JdbcClient jdbc, AuditLog auditLog) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
	}

	@GetMapping("/samples")
	List<String> search(@RequestParam @Min(1) @Max(100) int size, @RequestParam(required = false) Sort sort) {
		return List.of("size=" + size, "sort=" + sort);
	}

	/** Parameters whose names on the wire are not Java names. */
	@GetMapping("/samples/wire-names")
	String wireNames(@RequestParam(name = "page-size", defaultValue = "10") @Min(1) @Max(100) int pageSize,
			@RequestHeader(name = "X-Sample-Mode", required = false) @Nullable @Pattern(regexp = "fast|slow",
					message = "must be fast or slow") String mode) {
		return pageSize + " " + mode;
	}

	@GetMapping("/samples/by-id/{id}")
	UUID byId(@PathVariable UUID id) {
		return id;
	}

	/**
	 * A query record beside a constrained parameter, as analytics' reports have: Spring
	 * then validates the record with the method's arguments.
	 */
	@GetMapping("/samples/ranged")
	String ranged(@Valid @ModelAttribute SampleRange range, @RequestParam(defaultValue = "1") @Min(1) int page) {
		return range.days() + " " + page;
	}

	record SampleRange(@Nullable @Min(1) @Max(366) Integer days) {
	}

	/** Headers read as a retry-safe write reads them. */
	@GetMapping("/samples/keyed")
	String keyed(@RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String key,
			@RequestHeader(name = "X-Sample-Mode", required = false) @Nullable String mode) {
		return IdempotencyKeys.optional(key) + " " + mode;
	}

	/** A repeated parameter bound to a list, as the coupon check's {@code productId}. */
	@GetMapping("/samples/by-ids")
	List<UUID> byIds(@RequestParam List<UUID> id) {
		return id;
	}

	/** Query parameters bound to a record, as the services' list endpoints do. */
	@GetMapping("/samples/filtered")
	SampleFilter filtered(SampleFilter filter) {
		return filter;
	}

	record SampleFilter(String name, List<String> tags) {
	}

	/**
	 * A window and a list of named values, as the services' order and report lists take.
	 */
	@GetMapping("/samples/window")
	String window(SampleWindow window) {
		return window.toString();
	}

	record SampleWindow(@Nullable Instant from, @Nullable LocalDate day, @Nullable LocalTime at,
			@Nullable List<Sort> sort) {
	}

	@PostMapping("/samples")
	SampleRequest create(@Valid @RequestBody SampleRequest request) {
		return request;
	}

	/** Nested types of one simple name: a request's lines and a response's lines. */
	@PostMapping("/samples/orders")
	SampleReceipt order(@Valid @RequestBody SampleOrder order) {
		return new SampleReceipt(order.lines()
			.stream()
			.map((line) -> new SampleReceipt.Line("sample " + line.productId(), Money.of("1.00")))
			.toList());
	}

	record SampleOrder(List<@Valid Line> lines) {

		record Line(UUID productId, @Positive int quantity) {
		}

	}

	record SampleReceipt(List<Line> lines) {

		record Line(String productName, Money subtotal) {
		}

	}

	/** A body whose JSON names are not its Java names, as a payment provider's are. */
	@PostMapping("/samples/renamed")
	void renamed(@Valid @RequestBody RenamedRequest request) {
	}

	record RenamedRequest(@JsonProperty("sample_code") @NotBlank String sampleCode,
			@JsonProperty("line_items") List<@Valid Part> parts) {

		record Part(@JsonProperty("part_no") @NotBlank String partNo, @Positive int quantity) {
		}

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

	@GetMapping("/samples/menu")
	List<String> menu() {
		return List.of("shikanji", "chaas");
	}

	@GetMapping("/samples/sold-out")
	String soldOut() {
		throw new SampleSoldOut(List.of("mango", "kokum"));
	}

	@GetMapping("/samples/missing")
	String missing(@RequestParam String name) {
		throw new SampleNotFound(name);
	}

	/** Reads the database in a transaction, as most endpoints do. */
	@GetMapping("/samples/count")
	@Transactional(readOnly = true)
	long count() {
		return this.jdbc.sql("SELECT count(*) FROM sample_items").query(Long.class).single();
	}

	/** Reads the database without a transaction. */
	@GetMapping("/samples/count-plain")
	long countPlain() {
		return this.jdbc.sql("SELECT count(*) FROM sample_items").query(Long.class).single();
	}

	@GetMapping("/samples/negative")
	Money negative() {
		return Money.of("-1.00");
	}

	/**
	 * An admin change, audited in its transaction; the details hold secrets to redact.
	 */
	@PostMapping("/samples/audited")
	@Transactional
	void audited(@RequestParam UUID storeId, @RequestParam String name) {
		this.auditLog.record(AuditEvent.of("sample.renamed", "sample", name)
			.atStore(storeId)
			.with("name", name)
			.with("password", "hunter2")
			.with("provider", Map.of("apiKey", "k-123", "note", "kept")));
	}

	enum Sort {

		NEWEST, PRICE

	}

	record SampleRequest(@NotBlank String name, @Positive int quantity, @Nullable Sort sort) {
	}

}
