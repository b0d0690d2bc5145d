package com.jainshikanji.store.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared constraints, with a plain validator: what they let through and why not. */
class ConstraintsTests {

	private static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();

	private static final Validator validator = factory.getValidator();

	@AfterAll
	static void close() {
		factory.close();
	}

	record Named(@PlainText(max = 5) String name) {
	}

	record Reachable(@EmailAddress(max = 20) String email) {
	}

	record Hired(@DateWithin(from = "1900-01-01", to = "2999-12-31") LocalDate hireDate) {
	}

	@Test
	void plainTextFitsItsColumnAndHasNoNulCharacter() {
		assertThat(messages(new Named("Ravi"))).isEmpty();
		assertThat(messages(new Named("Ravi "))).as("exactly five").isEmpty();
		assertThat(messages(new Named(null))).as("absent").isEmpty();
		assertThat(messages(new Named("Ravi S."))).containsExactly("must be at most 5 characters");
		assertThat(messages(new Named("Ra\u0000vi"))).containsExactly("must not contain NUL characters");
		// Other control characters are stored fine.
		assertThat(messages(new Named("Ra\tvi"))).isEmpty();
	}

	@Test
	void anEmailAddressIsWellFormedAndFitsItsColumnInLowerCase() {
		assertThat(messages(new Reachable("ravi@example.com"))).isEmpty();
		assertThat(messages(new Reachable(null))).as("absent").isEmpty();
		assertThat(messages(new Reachable("not-an-email"))).containsExactly("must be a well-formed email address");
		assertThat(messages(new Reachable("ravi.shah@example.in"))).as("exactly twenty").isEmpty();
		assertThat(messages(new Reachable("ravi.shahs@example.in")))
			.containsExactly("must be at most 20 characters in lower case");
		// Lower-cased, "İ" becomes two characters: 16 as sent, 21 as stored.
		String dotted = "\u0130".repeat(5) + "@example.in";
		assertThat(dotted).hasSize(16);
		assertThat(messages(new Reachable(dotted))).containsExactly("must be at most 20 characters in lower case");
		assertThat(Emails.normalize(" R\u0130ya@Example.IN ")).isEqualTo("ri\u0307ya@example.in");
	}

	@Test
	void aDateMustLieWithinItsBoundsBothIncluded() {
		for (String date : List.of("1900-01-01", "2025-06-01", "2999-12-31")) {
			assertThat(messages(new Hired(LocalDate.parse(date)))).as(date).isEmpty();
		}
		for (LocalDate date : List.of(LocalDate.parse("1899-12-31"), LocalDate.parse("3000-01-01"), LocalDate.MAX,
				LocalDate.MIN)) {
			assertThat(messages(new Hired(date))).as(date.toString())
				.containsExactly("must be between 1900-01-01 and 2999-12-31");
		}
		assertThat(messages(new Hired(null))).isEmpty();
	}

	private static List<String> messages(Object bean) {
		Set<ConstraintViolation<Object>> violations = validator.validate(bean);
		return violations.stream().map(ConstraintViolation::getMessage).toList();
	}

}
