package dk.pulje.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

/**
 * A public answer as it was first made: its headers, content type, language and bytes,
 * with the entity tag that lets a browser or harvester ask whether it has changed.
 */
record KeptAnswer(Map<String, List<String>> headers, @Nullable String contentType, @Nullable Locale language,
		String etag, byte[] body) {

	/** Sends the answer again, or 304 when the asker already holds these bytes. */
	void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		if (this.language != null) {
			response.setLocale(this.language);
		}
		if (this.contentType != null) {
			response.setContentType(this.contentType);
		}
		sendBody(request, response);
	}

	/** The body, or 304 when the asker already holds these bytes. */
	void sendBody(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (matches(request.getHeader("If-None-Match"))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentLength(this.body.length);
		response.getOutputStream().write(this.body);
	}

	boolean matches(@Nullable String ifNoneMatch) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String tag : ifNoneMatch.split(",")) {
			String given = tag.strip();
			if (given.equals("*") || given.equals(this.etag) || given.equals("W/" + this.etag)) {
				return true;
			}
		}
		return false;
	}

	int weight() {
		return this.body.length + 512;
	}

}
