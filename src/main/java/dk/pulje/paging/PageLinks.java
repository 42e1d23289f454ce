package dk.pulje.paging;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page of a list a {@code Link} header (RFC 8288) to the first, previous,
 * next and last pages, so that a client follows the links instead of counting pages
 * itself. Each link is the request's own address with another page; its filters, size and
 * sort stay as they were.
 */
@RestControllerAdvice
class PageLinks implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType,
			MediaType selectedContentType, Class<? extends HttpMessageConverter<?>> selectedConverterType,
			ServerHttpRequest request, ServerHttpResponse response) {
		if (body instanceof PageOf<?> page) {
			String links = links(UriComponentsBuilder.fromUri(request.getURI()), page);
			if (!links.isEmpty()) {
				response.getHeaders().add(HttpHeaders.LINK, links);
			}
		}
		return body;
	}

	/** The links of a page, as a Link header's value: empty for a list with no pages. */
	static String links(UriComponentsBuilder address, PageOf<?> page) {
		List<String> links = new ArrayList<>();
		if (page.totalPages() == 0) {
			return "";
		}
		int last = page.totalPages() - 1;
		links.add(link(address, 0, "first"));
		if (page.page() > 0) {
			links.add(link(address, Math.min(page.page() - 1, last), "prev"));
		}
		if (page.page() < last) {
			links.add(link(address, page.page() + 1, "next"));
		}
		links.add(link(address, last, "last"));
		return String.join(", ", links);
	}

	private static String link(UriComponentsBuilder address, int page, String relation) {
		return "<" + address.cloneBuilder().replaceQueryParam("page", page).build().toUriString() + ">; rel=\""
				+ relation + "\"";
	}

}
