package com.jainshikanji.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.jainshikanji.testsupport.infra.SmtpServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The local platform's mail folder: every email once. */
class MailDropTests {

	@TempDir
	Path directory;

	@Test
	void everyEmailIsWrittenOnceHoweverManyRecipientsArriveBetweenDrains() throws Exception {
		try (SmtpServer smtp = SmtpServer.start(0); MailDrop drop = MailDrop.start(smtp, this.directory)) {
			ServerSetup setup = new ServerSetup(smtp.port(), smtp.host(), ServerSetup.PROTOCOL_SMTP);
			// New recipients keep coming, as customers register: each gets a mailbox of
			// its own in the sink, listed wherever it falls among the others.
			for (int round = 1; round <= 3; round++) {
				for (int customer = 1; customer <= 20; customer++) {
					GreenMailUtil.sendTextEmail("customer-" + customer + "@example.com", "orders@jainshikanji.in",
							"Round " + round + " for " + customer, "Hello", setup);
				}
				Thread.sleep(1_100);
			}
			await().atMost(Duration.ofSeconds(10)).until(() -> emails().size() >= 60);
			Thread.sleep(1_500);
		}
		List<String> subjects = emails().stream().map(MailDropTests::subject).toList();
		assertThat(subjects).hasSize(60).doesNotHaveDuplicates();
	}

	private List<Path> emails() throws IOException {
		try (Stream<Path> files = Files.list(this.directory)) {
			return files.filter((file) -> file.toString().endsWith(".eml")).sorted().toList();
		}
	}

	private static String subject(Path email) {
		try (Stream<String> lines = Files.lines(email)) {
			return lines.filter((line) -> line.startsWith("Subject: ")).findFirst().orElseThrow();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
