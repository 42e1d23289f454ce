package dk.pulje.web;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import dk.pulje.database.DataVersion;
import dk.pulje.database.TablesRead;

/**
 * Keeps the answers to people who are not signed in, so that the pages and API reads the
 * public opens at a deadline are made once, not once a visitor. An answer is kept with
 * the data version it was made at, the tables it was read from ({@link TablesRead}) and
 * the minute it was made in, and it is given again while none of those tables changed and
 * the minute is the same: a change committed here is seen by the next request, one
 * committed on another node within {@code pulje.public-reads.recheck}, and whatever
 * depends on the time (a call closing at its deadline, the days left) turns with the
 * minute. A change to other tables (an organisation registered, an application sent in)
 * leaves the answer as it is, so a stream of them does not have every visitor wait for
 * pages that did not change.
 * <p>
 * While one request makes an answer, the others asking the same at the same version wait
 * for it, with one exception: when the minute has just turned and nothing it was read
 * from changed, they get the previous minute's answer, as they would have a moment
 * earlier. So the turn of the minute never holds up a deadline's visitors behind the one
 * request that makes a page again (a status filter over 100 000 pools takes a fifth of a
 * second); a change to the data is always waited for.
 * <p>
 * Only a GET that carries no login, no session and no other cookie than the language is
 * answered from here, and only a 200 that sets no cookie and allows storing is kept:
 * signed-in people always get an answer made for them. Each kept answer has an entity tag
 * and {@code Cache-Control: no-cache}, so a browser asks again every time and gets 304
 * while nothing has changed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class PublicReads extends OncePerRequestFilter {

	static final String REVALIDATE = "no-cache";

	/** How long a request waits for another that is making the same answer. */
	private static final Duration WAIT_FOR_OTHER = Duration.ofSeconds(10);

	private static final Set<String> PERSONAL_PATHS = Set.of("/actuator", "/login", "/logout", "/oauth2", "/error",
			"/my", "/account");

	/** The request headers an answer may differ by. */
	private static final List<String> ANSWER_DEPENDS_ON = List.of("Accept", "Accept-Language", "Host", "HX-Request",
			"X-Forwarded-Host", "X-Forwarded-Proto", "X-Forwarded-Prefix", "X-Forwarded-Port", "Forwarded");

	private static final Set<String> NOT_KEPT_HEADERS = Set.of("x-request-id", "date", "set-cookie", "content-length",
			"transfer-encoding", "content-type", "content-language");

	private final DataVersion version;

	private final Clock clock;

	private final boolean enabled;

	private final int largest;

	private final Cache<Key, Made> answers;

	private final ConcurrentMap<Making, CompletableFuture<Optional<Made>>> making = new ConcurrentHashMap<>();

	PublicReads(DataVersion version, Clock clock, @Value("${pulje.public-reads.enabled:true}") boolean enabled,
			@Value("${pulje.public-reads.largest-answer:256KB}") DataSize largest,
			@Value("${pulje.public-reads.memory:32MB}") DataSize memory) {
		this.version = version;
		this.clock = clock;
		this.enabled = enabled;
		this.largest = (int) largest.toBytes();
		this.answers = Caffeine.newBuilder()
			.maximumWeight(memory.toBytes())
			.weigher(
					(Key key, Made made) -> made.answer().weight() + 64 * made.tables().size() + key.request().length())
			.build();
	}

	/** The minute an answer is kept under, and what the request asked. */
	record Key(long minute, String request) {

		/** The same request a minute earlier. */
		Key minuteBefore() {
			return new Key(this.minute - 1, this.request);
		}

	}

	/** An answer being made: at which version, for which request. */
	private record Making(long version, Key key) {
	}

	/** An answer, the version it was made at and the tables it was read from. */
	private record Made(long version, Set<String> tables, KeptAnswer answer) {
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.enabled || !anonymousRead(request)) {
			chain.doFilter(request, response);
			return;
		}
		DataVersion.Seen seen = this.version.seen();
		Key key = new Key(this.clock.millis() / 60_000, describe(request));
		KeptAnswer kept = unchanged(this.answers.getIfPresent(key), seen);
		if (kept == null) {
			Making making = new Making(seen.version(), key);
			CompletableFuture<Optional<Made>> mine = new CompletableFuture<>();
			CompletableFuture<Optional<Made>> other = this.making.putIfAbsent(making, mine);
			if (other == null) {
				try {
					mine.complete(make(seen, key, request, response, chain));
				}
				finally {
					mine.complete(Optional.empty());
					this.making.remove(making, mine);
				}
				return;
			}
			kept = unchanged(this.answers.getIfPresent(key.minuteBefore()), seen);
			if (kept == null) {
				kept = unchanged(madeMeanwhile(other), seen);
			}
		}
		if (kept != null) {
			kept.send(request, response);
			return;
		}
		make(seen, key, request, response, chain);
	}

	/** The answer, if none of the tables it was read from changed since it was made. */
	private static @Nullable KeptAnswer unchanged(@Nullable Made made, DataVersion.Seen seen) {
		return made != null && seen.unchangedSince(made.version(), made.tables()) ? made.answer() : null;
	}

	/**
	 * Makes the answer and keeps it if it may be kept. While one request makes an answer,
	 * the others that ask the same wait for it, so that the minute turning at a deadline
	 * makes a page once, not once for every visitor waiting.
	 */
	private Optional<Made> make(DataVersion.Seen seen, Key key, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
		// Set before the security headers are written, which leave a Cache-Control alone.
		response.setHeader("Cache-Control", REVALIDATE);
		AnswerCapture capture = new AnswerCapture(request, response, this.largest);
		Set<String> tables;
		try (TablesRead.Noting noting = TablesRead.start()) {
			chain.doFilter(request, capture);
			tables = noting.tables();
		}
		byte[] body = capture.heldBody();
		if (body == null) {
			return Optional.empty();
		}
		if (!keepable(response) || !TablesRead.keepable(tables)) {
			capture.passOn();
			return Optional.empty();
		}
		KeptAnswer answer = keep(response, capture, body);
		Made made = new Made(seen.version(), tables, answer);
		this.answers.put(key, made);
		if (!response.containsHeader("ETag")) {
			response.setHeader("ETag", answer.etag());
		}
		answer.sendBody(request, response);
		return Optional.of(made);
	}

	private static @Nullable Made madeMeanwhile(CompletableFuture<Optional<Made>> making) {
		try {
			return making.get(WAIT_FOR_OTHER.toMillis(), TimeUnit.MILLISECONDS).orElse(null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	private static boolean anonymousRead(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null
				|| request.getHeader("Range") != null || request.getHeader("If-Modified-Since") != null) {
			return false;
		}
		String path = request.getRequestURI();
		for (String personal : PERSONAL_PATHS) {
			if (path.equals(personal) || path.startsWith(personal + "/")) {
				return false;
			}
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (!Languages.COOKIE.equals(cookie.getName())) {
					return false;
				}
			}
		}
		return true;
	}

	/** Everything of the request that the answer may depend on. */
	private static String describe(HttpServletRequest request) {
		StringBuilder description = new StringBuilder(request.getRequestURI());
		if (request.getQueryString() != null) {
			description.append('?').append(request.getQueryString());
		}
		for (String header : ANSWER_DEPENDS_ON) {
			String value = request.getHeader(header);
			if (value != null) {
				description.append('\n').append(header).append(':').append(value);
			}
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				description.append("\ncookie:").append(cookie.getValue());
			}
		}
		return description.toString();
	}

	private static boolean keepable(HttpServletResponse response) {
		String cacheControl = response.getHeader("Cache-Control");
		return response.getStatus() == HttpServletResponse.SC_OK && !response.containsHeader("Set-Cookie")
				&& (cacheControl == null || !(cacheControl.contains("no-store") || cacheControl.contains("private")));
	}

	private static KeptAnswer keep(HttpServletResponse response, AnswerCapture capture, byte[] body) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_KEPT_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, new ArrayList<>(response.getHeaders(name)));
			}
		}
		String etag = response.getHeader("ETag");
		if (etag == null) {
			etag = tag(body);
			headers.put("ETag", List.of(etag));
		}
		return new KeptAnswer(Map.copyOf(headers), response.getContentType(), capture.language(), etag, body);
	}

	private static String tag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + '"';
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
