package com.jainshikanji.gateway.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * The test JVM's name resolver (registered in META-INF/services): the JDK's own, which
 * also records every name it is asked for, so a test can prove that some code asked for
 * none.
 */
public final class RecordingResolver extends InetAddressResolverProvider {

	/** Names in this domain are recorded, then refused without asking anyone. */
	static final String CHECK_DOMAIN = ".resolver-check.invalid";

	private static final List<String> LOOKUPS = new CopyOnWriteArrayList<>();

	static List<String> lookups() {
		return LOOKUPS;
	}

	@Override
	public InetAddressResolver get(Configuration configuration) {
		InetAddressResolver builtin = configuration.builtinResolver();
		return new InetAddressResolver() {

			@Override
			public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
				LOOKUPS.add(host);
				if (host.endsWith(CHECK_DOMAIN)) {
					throw new UnknownHostException(host);
				}
				return builtin.lookupByName(host, policy);
			}

			@Override
			public String lookupByAddress(byte[] address) throws UnknownHostException {
				LOOKUPS.add(InetAddress.getByAddress(address).getHostAddress());
				return builtin.lookupByAddress(address);
			}

		};
	}

	@Override
	public String name() {
		return "recording";
	}

}
