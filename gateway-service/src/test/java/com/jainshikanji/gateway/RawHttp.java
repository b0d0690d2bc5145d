package com.jainshikanji.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP/1.1 over a plain socket, for requests no client library would send as written: a
 * request target with escapes, dot segments or double slashes exactly as given, the same
 * header on several lines, a Host of any kind or none.
 */
final class RawHttp {

	private RawHttp() {
	}

	/**
	 * Sends {@code METHOD target} with the given header lines ({@code "Name: value"}) and
	 * no body.
	 */
	static Response send(int port, String method, String target, String... headerLines) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			StringBuilder head = new StringBuilder().append(method)
				.append(' ')
				.append(target)
				.append(" HTTP/1.1\r\n")
				.append("Host: localhost:")
				.append(port)
				.append("\r\n")
				.append("Connection: close\r\n");
			for (String line : headerLines) {
				head.append(line).append("\r\n");
			}
			head.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return Response.parse(socket.getInputStream().readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sends the request exactly as written (its head, any body) and reads the answer
	 * until the gateway closes the connection: an HTTP/1.0 request, or one that says
	 * {@code Connection: close}.
	 */
	static Response sendAsWritten(int port, String request) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			return Response.parse(socket.getInputStream().readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param status the status code
	 * @param headers every header line, by lower-case name
	 * @param body the (de-chunked) body
	 */
	record Response(int status, Map<String, List<String>> headers, String body) {

		String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase(Locale.ROOT));
			return (values != null) ? values.getFirst() : null;
		}

		Map<?, ?> json() {
			return JsonMapper.shared().readValue(this.body, Map.class);
		}

		/** The path the echo service received. */
		String echoedPath() {
			return (String) json().get("path");
		}

		/** A header as the echo service received it. */
		String echoedHeader(String name) {
			return (String) ((Map<?, ?>) json().get("headers")).get(name.toLowerCase(Locale.ROOT));
		}

		static Response parse(byte[] raw) throws IOException {
			String text = new String(raw, StandardCharsets.ISO_8859_1);
			int endOfHead = text.indexOf("\r\n\r\n");
			String[] lines = text.substring(0, endOfHead).split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			Map<String, List<String>> headers = new TreeMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers
					.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
							(name) -> new ArrayList<>())
					.add(lines[i].substring(colon + 1).strip());
			}
			byte[] body = java.util.Arrays.copyOfRange(raw, endOfHead + 4, raw.length);
			List<String> encoding = headers.get("transfer-encoding");
			if (encoding != null && encoding.getFirst().equalsIgnoreCase("chunked")) {
				body = dechunk(new java.io.ByteArrayInputStream(body));
			}
			return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
		}

		private static byte[] dechunk(InputStream in) throws IOException {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			while (true) {
				StringBuilder size = new StringBuilder();
				int c;
				while ((c = in.read()) != '\n') {
					if (c < 0) {
						return out.toByteArray();
					}
					if (c != '\r') {
						size.append((char) c);
					}
				}
				int length = Integer.parseInt(size.toString().split(";")[0].strip(), 16);
				if (length == 0) {
					return out.toByteArray();
				}
				out.write(in.readNBytes(length));
				in.readNBytes(2);
			}
		}

	}

}
