package com.jainshikanji.testsupport.infra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) that accepts every message and keeps it for inspection.
 */
public final class SmtpServer implements AutoCloseable {

	private final GreenMail greenMail;

	private SmtpServer(GreenMail greenMail) {
		this.greenMail = greenMail;
	}

	public static SmtpServer start(int port) {
		GreenMail greenMail = new GreenMail(
				new ServerSetup((port != 0) ? port : FreePorts.next(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
		return new SmtpServer(greenMail);
	}

	public String host() {
		return "127.0.0.1";
	}

	public int port() {
		return this.greenMail.getSmtp().getPort();
	}

	/** Every message received so far. */
	public MimeMessage[] receivedMessages() {
		return this.greenMail.getReceivedMessages();
	}

	@Override
	public void close() {
		this.greenMail.stop();
	}

}
