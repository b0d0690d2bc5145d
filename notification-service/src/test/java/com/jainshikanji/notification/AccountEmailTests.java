package com.jainshikanji.notification;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.customer.AccountStatusChanged;
import com.jainshikanji.common.events.customer.AccountTokenSeal;
import com.jainshikanji.common.events.customer.CustomerRegistered;
import com.jainshikanji.common.events.customer.CustomerVerified;
import com.jainshikanji.common.events.customer.EmailVerificationRequested;
import com.jainshikanji.common.events.customer.PasswordChanged;
import com.jainshikanji.common.events.customer.PasswordResetRequested;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account emails customer-service asks for: the welcome, the verification and reset
 * links (opened from their sealed form only when sent, never stored in clear), and the
 * notices that a password changed and that an administrator deactivated or reactivated
 * the account; each once whatever Kafka redelivers.
 */
@NotificationServiceTest
class AccountEmailTests {

	static final String CUSTOMERS = "notification-service.customers";

	/** The key of application-test.yml, as customer-service's tests seal with. */
	static final AccountTokenSeal SEAL = AccountTokenSeal.of("dGVzdC1hY2NvdW50LXRva2VuLXNlYWwta2V5LTMyYnk=");

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	JdbcClient jdbc;

	Events events;

	Ledger ledger;

	@BeforeEach
	void setUp() {
		this.events = new Events(this.kafka, this.json);
		this.ledger = new Ledger(this.jdbc);
	}

	@Test
	void aNewCustomerIsWelcomedAndGetsAVerificationLinkThatOpensOnlyWhenSent() {
		UUID customer = UUID.randomUUID();
		String email = "meera-" + customer + "@example.com";
		String token = "verify-" + UUID.randomUUID();
		this.events.publish(new CustomerRegistered(customer, email, "Meera", "Shah"));
		EventEnvelope requested = this.events.publish(new EmailVerificationRequested(customer, email, "Meera",
				SEAL.seal(token, customer), Instant.now().plus(24, ChronoUnit.HOURS)));
		this.events.redeliver(requested, Topics.CUSTOMER);
		EventEnvelope last = this.events.publish(new CustomerVerified(customer, email, Instant.now()));
		this.ledger.consumed(CUSTOMERS, last.eventId());

		Mailbox.Mail verification = Mailbox.awaitSubject(email, "Confirm");
		assertThat(verification.text()).contains("Hi Meera")
			.contains("https://app.jainshikanji.test/verify-email?token=" + token);
		assertThat(verification.html()).contains("https://app.jainshikanji.test/verify-email?token=" + token);
		assertThat(Mailbox.awaitSubject(email, "Welcome").text()).contains("Meera");
		List<Map<String, Object>> deliveries = this.ledger.settled(customer, 2);
		assertThat(OrderLifeTests.kindsOn(deliveries, "EMAIL")).containsExactlyInAnyOrder("WELCOME",
				"EMAIL_VERIFICATION");
		assertThat(Mailbox.to(email)).hasSize(2);
		// Security emails go by email only; the token is never stored in clear.
		assertThat(deliveries).filteredOn((delivery) -> "EMAIL_VERIFICATION".equals(delivery.get("kind")))
			.extracting((delivery) -> delivery.get("channel"))
			.containsExactly("EMAIL");
		assertThat(this.jdbc.sql("SELECT count(*) FROM deliveries WHERE variables::text LIKE :token")
			.param("token", "%" + token + "%")
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.ledger.inApp(customer)).extracting((row) -> row.get("kind"))
			.doesNotContain("EMAIL_VERIFICATION");
	}

	@Test
	void aResetLinkAndThenThePasswordChangeAreEmailedToTheOwner() {
		UUID customer = UUID.randomUUID();
		String email = "ravi-" + customer + "@example.com";
		String token = "reset-" + UUID.randomUUID();
		EventEnvelope reset = this.events.publish(new PasswordResetRequested(customer, email, "Ravi",
				SEAL.seal(token, customer), Instant.now().plus(30, ChronoUnit.MINUTES)));
		this.events.redeliver(reset, Topics.CUSTOMER);
		EventEnvelope changed = this.events
			.publish(new PasswordChanged(customer, email, "Ravi", Instant.parse("2026-03-01T10:15:00Z")));
		this.ledger.consumed(CUSTOMERS, changed.eventId());

		assertThat(Mailbox.awaitSubject(email, "Reset").text()).contains("Hi Ravi")
			.contains("https://app.jainshikanji.test/reset-password?token=" + token);
		assertThat(Mailbox.awaitSubject(email, "password was changed").text()).contains("Hi Ravi");
		assertThat(OrderLifeTests.kindsOn(this.ledger.settled(customer, 2), "EMAIL")).containsExactly("PASSWORD_RESET",
				"PASSWORD_CHANGED");
	}

	@Test
	void anAccountDeactivatedThenReactivatedIsEmailedToTheOwnerOnlyByEmailEachOnce() {
		UUID customer = UUID.randomUUID();
		String email = "zoya-" + customer + "@example.com";
		EventEnvelope deactivated = this.events
			.publish(new AccountStatusChanged(customer, email, "Zoya", false, Instant.parse("2026-03-01T10:15:00Z")));
		this.events.redeliver(deactivated, Topics.CUSTOMER);
		EventEnvelope reactivated = this.events
			.publish(new AccountStatusChanged(customer, email, "Zoya", true, Instant.parse("2026-03-02T09:00:00Z")));
		this.ledger.consumed(CUSTOMERS, reactivated.eventId());

		assertThat(Mailbox.awaitSubject(email, "was deactivated").text()).contains("Hi Zoya")
			.contains("1 March 2026, 3:45 pm IST")
			.contains("cannot sign in");
		assertThat(Mailbox.awaitSubject(email, "active again").text()).contains("2 March 2026, 2:30 pm IST");
		assertThat(this.ledger.settled(customer, 2)).extracting((delivery) -> delivery.get("channel"))
			.containsOnly("EMAIL");
		assertThat(OrderLifeTests.kindsOn(this.ledger.settled(customer, 2), "EMAIL"))
			.containsExactlyInAnyOrder("ACCOUNT_DEACTIVATED", "ACCOUNT_REACTIVATED");
		assertThat(Mailbox.to(email)).hasSize(2);
		assertThat(this.ledger.inApp(customer)).isEmpty();
	}

	/**
	 * Announcements of one account travel in order, but a dead letter replayed, or an
	 * event redelivered from an older offset, may bring an older one after a newer one:
	 * the owner is not told of a status that no longer holds.
	 */
	@Test
	void aDeactivationArrivingAfterTheLaterReactivationIsNotEmailed() {
		UUID customer = UUID.randomUUID();
		String email = "arjun-" + customer + "@example.com";
		EventEnvelope reactivated = this.events
			.publish(new AccountStatusChanged(customer, email, "Arjun", true, Instant.parse("2026-04-02T09:00:00Z")));
		this.ledger.consumed(CUSTOMERS, reactivated.eventId());
		EventEnvelope late = this.events
			.publish(new AccountStatusChanged(customer, email, "Arjun", false, Instant.parse("2026-04-01T10:15:00Z")));
		this.ledger.consumed(CUSTOMERS, late.eventId());

		assertThat(Mailbox.awaitSubject(email, "active again").text()).contains("Hi Arjun");
		assertThat(OrderLifeTests.kindsOn(this.ledger.settled(customer, 1), "EMAIL"))
			.containsExactly("ACCOUNT_REACTIVATED");
		assertThat(Mailbox.to(email)).hasSize(1);
	}

	@Test
	void aTokenSealedForSomeoneElseIsNeverSent() {
		UUID customer = UUID.randomUUID();
		String email = "kiran-" + customer + "@example.com";
		EventEnvelope reset = this.events.publish(new PasswordResetRequested(customer, email, "Kiran",
				SEAL.seal("reset-" + UUID.randomUUID(), UUID.randomUUID()),
				Instant.now().plus(30, ChronoUnit.MINUTES)));
		this.ledger.consumed(CUSTOMERS, reset.eventId());

		List<Map<String, Object>> deliveries = this.ledger.settled(customer, 1);
		assertThat(deliveries).singleElement().satisfies((delivery) -> {
			assertThat(delivery.get("status")).isEqualTo("FAILED");
			assertThat(delivery.get("provider_id")).isNull();
		});
		assertThat(Mailbox.to(email)).isEmpty();
	}

}
