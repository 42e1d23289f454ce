package dk.pulje;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for tests: real requests to the running application, as the
 * administrator unless a test asks for an anonymous one, with JSON bodies in and out.
 */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final String authorization;

	private final String language;

	private Api(String base, String authorization, String language) {
		this.base = base;
		this.authorization = authorization;
		this.language = language;
	}

	public static Api asAdministrator(int port) {
		String credentials = "admin:" + TestDatabase.ADMIN_PASSWORD;
		return new Api("http://localhost:" + port,
				"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)), "da");
	}

	public Api anonymous() {
		return new Api(this.base, null, this.language);
	}

	public Api withPassword(String username, String password) {
		return new Api(this.base, "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)),
				this.language);
	}

	public Api withToken(String token) {
		return new Api(this.base, "Bearer " + token, this.language);
	}

	/** The same client with a wrong password, as someone guessing would send it. */
	public Api withWrongPassword(String username) {
		return new Api(this.base, "Basic "
				+ Base64.getEncoder().encodeToString((username + ":not-the-password").getBytes(StandardCharsets.UTF_8)),
				this.language);
	}

	public Api inEnglish() {
		return new Api(this.base, this.authorization, "en");
	}

	/**
	 * The status, the headers that tests read, and the body as JSON (null when there is
	 * none).
	 */
	public record Response(int status, String eTag, String location, String contentType, String requestId,
			JsonNode body, HttpHeaders headers) {

		public String header(String name) {
			return this.headers.firstValue(name).orElse(null);
		}

		public String text(String field) {
			return this.body.path(field).asString();
		}

		public long id() {
			return this.body.path("id").asLong();
		}

	}

	public Response get(String path) {
		return send("GET", path, null, null);
	}

	public Response post(String path, Object body) {
		return send("POST", path, body, null);
	}

	public Response post(String path, Object body, String ifMatch) {
		return send("POST", path, body, ifMatch);
	}

	public Response put(String path, Object body, String ifMatch) {
		return send("PUT", path, body, ifMatch);
	}

	/** Posts bytes as the request's body, of the content type given. */
	public Response postBytes(String path, String contentType, byte[] body) {
		return send(
				builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	/** Posts a file as a browser does (multipart, in the field "file"). */
	public Response upload(String path, String fileName, byte[] content) {
		String boundary = "pulje-" + System.nanoTime();
		byte[] body = multipart(boundary, fileName, content);
		HttpRequest.Builder request = builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		return send(request);
	}

	/** A form's body with one file in the field "file", as a browser sends it. */
	public static byte[] multipart(String boundary, String fileName, byte[] content) {
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return body;
	}

	private HttpRequest.Builder builder(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept-Language", this.language)
			.header("Accept", "application/json, application/problem+json");
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		return request;
	}

	public Response send(String method, String path, Object body, String ifMatch) {
		HttpRequest.Builder request = builder(path);
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		if (body != null) {
			String json = body instanceof String s ? s : JSON.writeValueAsString(body);
			request.header("Content-Type", "application/json");
			request.method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return send(request);
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String text = response.body();
			boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
			JsonNode node = !json || text == null || text.isBlank() ? null : JSON.readTree(text);
			return new Response(response.statusCode(), response.headers().firstValue("ETag").orElse(null),
					response.headers().firstValue("Location").orElse(null),
					response.headers().firstValue("Content-Type").orElse(null),
					response.headers().firstValue("X-Request-Id").orElse(null), node, response.headers());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
