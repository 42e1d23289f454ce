package dk.pulje;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP client for page tests that carries Pulje's session cookie as a browser does (a
 * cookie belongs to the host, whatever the port) and follows no redirect, so that a test
 * sees every step.
 */
public final class SessionClient {

	private static final Pattern SESSION = Pattern.compile("(?:^|\\s)SESSION=([^;]+)");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private String session;

	public HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url)).GET());
	}

	public HttpResponse<String> postForm(String url, String form) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	/**
	 * Signs in through the login form, as a browser does.
	 * @return the response to the login (a redirect to where the person lands)
	 */
	public HttpResponse<String> signIn(String base, String username, String password)
			throws IOException, InterruptedException {
		String token = csrfToken(base + "/login");
		return postForm(base + "/login",
				"username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token));
	}

	/**
	 * The CSRF token of the first form on the page, which every form posted in this
	 * session must carry.
	 */
	public String csrfToken(String pageUrl) throws IOException, InterruptedException {
		Matcher csrf = CSRF.matcher(get(pageUrl).body());
		if (!csrf.find()) {
			throw new IllegalStateException(pageUrl + " has no form with a CSRF token");
		}
		return csrf.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** The session cookie the client holds, if any. */
	public String session() {
		return this.session;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		if (this.session != null) {
			request.header("Cookie", "SESSION=" + this.session);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(SESSION::matcher)
			.filter(Matcher::find)
			.findFirst()
			.ifPresent(m -> this.session = m.group(1));
		return response;
	}

}
