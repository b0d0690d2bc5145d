package com.jainshikanji.store;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.store.StaffAssigned;
import com.jainshikanji.common.events.store.StaffUnassigned;
import com.jainshikanji.common.messaging.KafkaTopicsProperties;
import com.jainshikanji.testsupport.kafka.TopicReader;

import static com.jainshikanji.store.Api.STORES;
import static com.jainshikanji.store.Api.admin;
import static com.jainshikanji.store.Requests.aStaffChange;
import static com.jainshikanji.store.Requests.aStaffMember;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * StaffAssigned and StaffUnassigned really reach Kafka, keyed by the user so the identity
 * service applies one user's changes in order.
 */
@StoreServiceTest
class StaffEventsTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Autowired
	RestTestClient client;

	@Autowired
	EventJson json;

	@Autowired
	KafkaTopicsProperties kafkaTopics;

	@Autowired
	KafkaAdmin kafkaAdmin;

	Api api;

	UUID storeId;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.storeId = this.api.createStore();
	}

	@Test
	void theServiceDeclaresTheTopicItPublishesTo() {
		// Created at startup with the platform's three partitions, not the broker's
		// default.
		assertThat(this.kafkaAdmin.describeTopics(Topics.STORE).get(Topics.STORE).partitions()).hasSize(3);
	}

	@Test
	void addingStaffPublishesStaffAssignedKeyedByTheUser() {
		UUID userId = UUID.randomUUID();
		UUID staffId = Api.id(this.api.addStaff(this.storeId, userId, "CHEF"));

		try (TopicReader reader = TopicReader.of(Topics.STORE)) {
			ConsumerRecord<String, String> record = reader.await((r) -> userId.toString().equals(r.key()), 1, TIMEOUT)
				.getFirst();
			EventEnvelope envelope = this.json.read(record.value());
			assertThat(envelope.type()).isEqualTo("StaffAssigned");
			assertThat(envelope.version()).isEqualTo(1);
			assertThat(envelope.aggregateId()).isEqualTo(userId.toString());
			assertThat(new String(record.headers().lastHeader("event_id").value(), StandardCharsets.UTF_8))
				.isEqualTo(envelope.eventId().toString());
			assertThat(this.json.payload(envelope, StaffAssigned.class))
				.isEqualTo(new StaffAssigned(staffId, userId, this.storeId, "CHEF", 1));
		}
	}

	@Test
	void removingPublishesStaffUnassignedAndBringingBackStaffAssignedAgain() {
		UUID userId = UUID.randomUUID();
		UUID staffId = Api.id(this.api.addStaff(this.storeId, userId, "DELIVERY"));
		String path = STORES + "/" + this.storeId + "/staff/" + staffId;

		this.api.delete(path, admin()).expectStatus().isNoContent();
		// Neither removing again nor renaming an inactive record changes the assignment.
		this.api.delete(path, admin()).expectStatus().isNoContent();
		this.api.put(path, admin(), aStaffChange("Ravi Kumar Shah", "DELIVERY", false)).expectStatus().isOk();
		this.api.put(path, admin(), aStaffChange("Ravi Kumar Shah", "SUPPORT", true)).expectStatus().isOk();

		List<EventEnvelope> events = eventsOf(userId, 3);
		assertThat(events).extracting(EventEnvelope::type)
			.containsExactly("StaffAssigned", "StaffUnassigned", "StaffAssigned");
		assertThat(this.json.payload(events.get(1), StaffUnassigned.class))
			.isEqualTo(new StaffUnassigned(staffId, userId, this.storeId, 2));
		assertThat(this.json.payload(events.get(2), StaffAssigned.class).role()).isEqualTo("SUPPORT");
		// Each change carries a newer revision, so consumers can put retried events in
		// order.
		assertThat(this.json.payload(events.get(2), StaffAssigned.class).revision()).isEqualTo(3);
	}

	@Test
	void aNewJobForActiveStaffIsPublishedAsTheirAssignment() {
		UUID userId = UUID.randomUUID();
		UUID staffId = Api.id(this.api.addStaff(this.storeId, userId, "CHEF"));
		String path = STORES + "/" + this.storeId + "/staff/" + staffId;

		this.api.put(path, admin(), aStaffChange("Ravi Shah", "CHEF", true)).expectStatus().isOk();
		this.api.put(path, admin(), aStaffChange("Ravi Shah", "MANAGER", true)).expectStatus().isOk();

		List<EventEnvelope> events = eventsOf(userId, 2);
		assertThat(events).extracting((event) -> this.json.payload(event, StaffAssigned.class).role())
			.containsExactly("CHEF", "MANAGER");
	}

	@Test
	void aRefusedAssignmentPublishesNothing() {
		UUID userId = UUID.randomUUID();
		UUID staffId = Api.id(this.api.addStaff(this.storeId, userId, "CHEF"));
		this.api.post(STORES + "/" + this.storeId + "/staff", admin(), aStaffMember(userId, "MANAGER").build())
			.expectStatus()
			.isEqualTo(409);
		this.api.delete(STORES + "/" + this.storeId + "/staff/" + staffId, admin()).expectStatus().isNoContent();

		// One user's events are in order on one partition: nothing came between.
		assertThat(eventsOf(userId, 2)).extracting(EventEnvelope::type)
			.containsExactly("StaffAssigned", "StaffUnassigned");
	}

	private List<EventEnvelope> eventsOf(UUID userId, int count) {
		return new StaffTopic(this.json).eventsOf(userId, count);
	}

}
