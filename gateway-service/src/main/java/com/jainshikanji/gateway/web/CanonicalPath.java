package com.jainshikanji.gateway.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * The one spelling of a request path that every later decision (security rules, admin
 * paths, routes, rate limits, the path sent to a service) sees. Different parts of the
 * stack read a path differently: the security and route matchers decode escapes before
 * matching, a prefix check on the raw path does not, and a servlet container behind us
 * decodes and normalises again. A path is therefore either brought to its canonical form
 * or refused:
 * <ul>
 * <li>an escape of an unreserved character ({@code %61} for {@code a}, {@code %2E} for
 * {@code .}) is decoded (RFC 3986 §6.2.2.2: the same path); other escapes keep their
 * meaning, in upper case;</li>
 * <li>refused: an escaped {@code /}, {@code \}, {@code %}, {@code ;} or control
 * character, a raw {@code \}, {@code ;}, control, space or non-ASCII character, a
 * malformed escape, escapes that do not spell UTF-8 ({@code %C0%AF}), an empty segment
 * ({@code //}) and a {@code .} or {@code ..} segment (also when spelt with escapes) —
 * nothing in our API needs them, and each is read one way here and another way by some
 * server behind us.</li>
 * </ul>
 */
final class CanonicalPath {

	/**
	 * Characters allowed as themselves in a path: unreserved, sub-delims but ';', ':',
	 * '@', '/'.
	 */
	private static final boolean[] PLAIN = new boolean[128];

	static {
		for (char c = 'a'; c <= 'z'; c++) {
			PLAIN[c] = true;
		}
		for (char c = 'A'; c <= 'Z'; c++) {
			PLAIN[c] = true;
		}
		for (char c = '0'; c <= '9'; c++) {
			PLAIN[c] = true;
		}
		for (char c : "-._~!$&'()*+,=:@/".toCharArray()) {
			PLAIN[c] = true;
		}
	}

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private CanonicalPath() {
	}

	/**
	 * The canonical form of a raw (still percent-encoded) path: the same instance when it
	 * already is canonical (the common case, with no allocation), a new string when
	 * escapes were normalised, {@code null} when the path must be refused.
	 */
	static String of(String raw) {
		int length = raw.length();
		boolean escaped = false;
		for (int i = 0; i < length; i++) {
			char c = raw.charAt(i);
			if (c == '%') {
				escaped = true;
			}
			else if (c >= 128 || !PLAIN[c]) {
				return null;
			}
		}
		String path = escaped ? decodeUnreserved(raw) : raw;
		return (path != null && hasOnlyProperSegments(path)) ? path : null;
	}

	private static String decodeUnreserved(String raw) {
		int length = raw.length();
		StringBuilder path = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			char c = raw.charAt(i);
			if (c != '%') {
				path.append(c);
				continue;
			}
			if (i + 2 >= length) {
				return null;
			}
			int high = Character.digit(raw.charAt(i + 1), 16);
			int low = Character.digit(raw.charAt(i + 2), 16);
			if (high < 0 || low < 0 || raw.charAt(i + 1) >= 128 || raw.charAt(i + 2) >= 128) {
				return null;
			}
			int value = (high << 4) | low;
			if (value >= 0x80) {
				byte[] run = escapedNonAscii(raw, i);
				if (!isUtf8(run)) {
					return null;
				}
				for (byte octet : run) {
					path.append('%').append(HEX[(octet >> 4) & 0xF]).append(HEX[octet & 0xF]);
				}
				i += 3 * run.length - 1;
				continue;
			}
			if (isUnreserved(value)) {
				path.append((char) value);
			}
			else if (value < 0x20 || value == 0x7F || value == '/' || value == '\\' || value == '%' || value == ';') {
				return null;
			}
			else {
				path.append('%').append(HEX[high]).append(HEX[low]);
			}
			i += 2;
		}
		return path.toString();
	}

	/** The bytes of the escapes of non-ASCII bytes that follow each other from start. */
	private static byte[] escapedNonAscii(String raw, int start) {
		ByteArrayOutputStream run = new ByteArrayOutputStream();
		for (int i = start; i + 2 < raw.length() && raw.charAt(i) == '%'; i += 3) {
			int high = (raw.charAt(i + 1) < 128) ? Character.digit(raw.charAt(i + 1), 16) : -1;
			int low = (raw.charAt(i + 2) < 128) ? Character.digit(raw.charAt(i + 2), 16) : -1;
			if (high < 8 || low < 0) {
				break;
			}
			run.write((high << 4) | low);
		}
		return run.toByteArray();
	}

	/** Well-formed UTF-8: no overlong form, surrogate, stray or truncated sequence. */
	private static boolean isUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static boolean isUnreserved(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~';
	}

	/** Absolute, no empty segment but a final one (a trailing slash), no dot segment. */
	private static boolean hasOnlyProperSegments(String path) {
		int length = path.length();
		if (length == 0 || path.charAt(0) != '/') {
			return false;
		}
		int start = 1;
		for (int i = 1; i <= length; i++) {
			if (i < length && path.charAt(i) != '/') {
				continue;
			}
			int segment = i - start;
			if (segment == 0 && i < length) {
				return false;
			}
			if (segment > 0 && segment <= 2 && path.charAt(start) == '.'
					&& (segment == 1 || path.charAt(start + 1) == '.')) {
				return false;
			}
			start = i + 1;
		}
		return true;
	}

}
