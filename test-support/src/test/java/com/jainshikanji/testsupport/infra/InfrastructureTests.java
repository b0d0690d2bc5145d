package com.jainshikanji.testsupport.infra;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InfrastructureTests {

	private final Infrastructure infrastructure = Infrastructure.shared();

	@Test
	void servesOneDatabasePerServiceOnTheSharedPostgres() throws Exception {
		Infrastructure.Database first = this.infrastructure.database("alpha");
		Infrastructure.Database second = this.infrastructure.database("beta");
		assertThat(first.jdbcUrl()).isNotEqualTo(second.jdbcUrl());
		try (Connection connection = DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password());
				ResultSet rs = connection.createStatement().executeQuery("SELECT current_database(), version()")) {
			rs.next();
			assertThat(rs.getString(1)).isEqualTo("alpha");
			assertThat(rs.getString(2)).startsWith("PostgreSQL 17");
		}
	}

	@Test
	void kafkaKeepsRecordsAcrossAStopAndStart() {
		String topic = "infra-" + UUID.randomUUID();
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.infrastructure.kafkaBootstrapServers(),
						ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
						ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
			producer.send(new ProducerRecord<>(topic, "k", "before restart")).get();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}

		this.infrastructure.stopKafka();
		this.infrastructure.startKafka();

		Properties props = new Properties();
		props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.infrastructure.kafkaBootstrapServers());
		props.put(ConsumerConfig.GROUP_ID_CONFIG, "infra-test");
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (System.nanoTime() < deadline) {
				ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
				if (!records.isEmpty()) {
					assertThat(records.iterator().next().value()).isEqualTo("before restart");
					return;
				}
			}
			throw new AssertionError("record written before the restart was not read back");
		}
	}

	@Test
	void redisAnswersPing() throws Exception {
		try (Socket socket = new Socket(this.infrastructure.redisHost(), this.infrastructure.redisPort())) {
			OutputStream out = socket.getOutputStream();
			out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
			assertThat(in.readLine()).isEqualTo("+PONG");
		}
	}

	@Test
	void smtpSinkAcceptsMail() throws Exception {
		Assumptions.assumeTrue(this.infrastructure instanceof EmbeddedInfrastructure,
				"reads the embedded sink's mailbox");
		Properties props = new Properties();
		props.put("mail.smtp.host", this.infrastructure.smtpHost());
		props.put("mail.smtp.port", String.valueOf(this.infrastructure.smtpPort()));
		MimeMessage message = new MimeMessage(Session.getInstance(props));
		message.setFrom(new InternetAddress("shop@jainshikanji.test"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress("customer@jainshikanji.test"));
		message.setSubject("Your order");
		message.setText("On its way");
		Transport.send(message);
		assertThat(((EmbeddedInfrastructure) this.infrastructure).smtp().receivedMessages())
			.anySatisfy((received) -> assertThat(received.getSubject()).isEqualTo("Your order"));
	}

}
