package com.jainshikanji.systemtests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The local platform's demo data, as the services' demo profiles seed it. */
public final class Demo {

	/** Manek Chowk: the demo manager's store. */
	public static final String MANEK_CHOWK = "a1000000-0000-4000-8000-000000000001";

	/** Kalupur Station: the demo manager's store that is open around the clock. */
	public static final String KALUPUR_STATION = "a1000000-0000-4000-8000-000000000004";

	public static final String CLASSIC_SHIKANJI = "e2000000-0000-4000-8000-000000000001";

	public static final String ADMIN = "admin@jainshikanji.local";

	public static final String ADMIN_PASSWORD = "demo-admin-pass";

	/** The manager of {@link #MANEK_CHOWK} and {@link #KALUPUR_STATION}. */
	public static final String STAFF = "staff@jainshikanji.local";

	public static final String STAFF_PASSWORD = "demo-staff-pass";

	public static final String DELIVERY = "delivery@jainshikanji.local";

	public static final String DELIVERY_PASSWORD = "demo-delivery-pass";

	/** The delivery person's user id. */
	public static final String DELIVERY_USER = "c0000000-0000-4000-8000-000000000004";

	private Demo() {
	}

	/**
	 * A demo menu option's id, derived as the inventory service's demo data derives it,
	 * e.g. {@code option(CLASSIC_SHIKANJI, "size:regular")}.
	 */
	public static String option(String productId, String key) {
		try {
			String hex = HexFormat.of()
				.formatHex(MessageDigest.getInstance("MD5")
					.digest((productId + ":" + key).getBytes(StandardCharsets.UTF_8)));
			return hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
