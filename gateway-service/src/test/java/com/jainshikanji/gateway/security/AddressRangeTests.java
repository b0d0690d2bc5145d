package com.jainshikanji.gateway.security;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AddressRangeTests {

	@ParameterizedTest
	@ValueSource(strings = { "0.0.0.0", "1.2.3.4", "203.0.113.255", "255.255.255.255", "::", "::1", "1::",
			"2001:db8::1", "2001:DB8:0:0:0:0:0:1", "2001:0db8:0000:0000:0000:0000:0000:0001", "fe80::1:2:3:4",
			"1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "1::8", "::ffff:192.0.2.1", "::192.0.2.1",
			"64:ff9b::192.0.2.33", "1:2:3:4:5:6:1.2.3.4", "cafe::babe", "dead:beef::" })
	void literalsAreReadAsTheJdkReadsThem(String literal) {
		assertThat(AddressRange.literal(literal)).isEqualTo(InetAddress.ofLiteral(literal).getAddress());
	}

	@ParameterizedTest
	@ValueSource(strings = { "deadbeef", "cafe.babe", "dead.beef", "a.b.c.d", "localhost", "example.com", "1.2.3",
			"1.2.3.4.5", "1", "01.2.3.4", "1.2.3.04", "256.1.1.1", "1.2.3.-4", "1..2.3", ".1.2.3", "1.2.3.4.",
			" 1.2.3.4", "1.2.3.4:8080", "[::1]", "fe80::1%eth0", "fe80::1%1", ":", ":::", ":1::", "1:", "1::2::3",
			"1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7:8::", "12345::", "g::", "::1.2.3", "1:2:3:4:5:6:7:1.2.3.4",
			"::ffff:256.0.0.1", "٣.٣.٣.٣", "ａ::", "" })
	void anythingElseIsNotAnAddress(String text) {
		assertThat(AddressRange.literal(text)).isNull();
	}

	@Test
	void hexLookingHopsAreNeverResolved() {
		// Proves the spy sees lookups, so that seeing none below means something.
		String probe = java.util.UUID.randomUUID() + RecordingResolver.CHECK_DOMAIN;
		assertThat(resolves(probe)).isTrue();
		RecordingResolver.lookups().clear();

		for (String hop : new String[] { "deadbeef", "cafe.babe", "dead.beef", "beef.cafe.f00d", "a.b", "abc.def",
				"face.b00c", "0x7f.1" }) {
			assertThat(AddressRange.literal(hop)).isNull();
			assertThat(AddressRange.parse("10.0.0.0/8").contains(hop)).isFalse();
		}
		// No lookup is the whole claim; a wall-clock bound here failed CI on a slow VM
		// (class loading alone).
		assertThat(RecordingResolver.lookups()).isEmpty();
	}

	@Test
	void rangesMatchByPrefix() {
		AddressRange range = AddressRange.parse("10.1.0.0/17");
		assertThat(range.contains("10.1.127.255")).isTrue();
		assertThat(range.contains("10.1.128.0")).isFalse();
		assertThat(range.contains("cafe.babe")).isFalse();
		assertThat(AddressRange.parse("2001:db8::/32").contains("2001:db8:ffff::1")).isTrue();
		assertThat(AddressRange.parse("2001:db8::/32").contains("10.1.0.1")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> AddressRange.parse("proxy.internal/32"));
	}

	private static boolean resolves(String name) {
		try {
			InetAddress.getAllByName(name);
		}
		catch (java.net.UnknownHostException ex) {
			// Still a lookup.
		}
		return RecordingResolver.lookups().contains(name);
	}

}
