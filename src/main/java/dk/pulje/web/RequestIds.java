package dk.pulje.web;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, taken from a well-formed {@code X-Request-Id} header or made
 * afresh, and returns it in the response. Log lines and audit entries carry it, so a
 * change can be traced to the request that made it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	public static final String MDC_KEY = "requestId";

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,100}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(HEADER);
		String id = given != null && WELL_FORMED.matcher(given).matches() ? given : newId();
		MDC.put(MDC_KEY, id);
		response.setHeader(HEADER, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	/**
	 * A random (version 4) UUID. Not {@link UUID#randomUUID()}: that draws on the one
	 * SecureRandom the whole JVM shares, and at a deadline's thousands of requests a
	 * second the request threads queued for its lock for up to a tenth of a second. An id
	 * only has to be unique, not secret.
	 */
	static String newId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}

	/** The id of the request being served, or null outside a request. */
	public static String current() {
		return MDC.get(MDC_KEY);
	}

}
