package com.jainshikanji.testsupport.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A real Redis server started from the embedded binaries. With a directory, its data is
 * saved there (append-only file) and survives restarts.
 */
public final class RedisServer implements AutoCloseable {

	private final redis.embedded.RedisServer server;

	private final int port;

	private RedisServer(redis.embedded.RedisServer server, int port) {
		this.server = server;
		this.port = port;
	}

	public static RedisServer start(Path dataDirectory, int port) {
		int chosen = (port != 0) ? port : FreePorts.next();
		try {
			redis.embedded.RedisServer server = redis.embedded.RedisServer.newRedisServer()
				.port(chosen)
				.bind("127.0.0.1")
				.setting("maxmemory 128mb")
				.settingIf(dataDirectory != null, "dir " + dataDirectory)
				.settingIf(dataDirectory != null, "appendonly yes")
				.settingIf(dataDirectory == null, "save \"\"")
				.build();
			server.start();
			return new RedisServer(server, chosen);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start embedded Redis", ex);
		}
	}

	public String host() {
		return "127.0.0.1";
	}

	public int port() {
		return this.port;
	}

	public void stop() {
		try {
			this.server.stop();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		stop();
	}

}
