package dk.pulje.accounts;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The person signed in on a page, for every page's menu: who it is and what its role lets
 * it reach (the applicant's own pages, the caseworker's back office, the dashboard). Null
 * on pages read by someone not signed in.
 */
@Component
public class SignedIn implements WebMvcConfigurer {

	/** The request attribute the pages read the person from, null for no one. */
	static final String ATTRIBUTE = "signedIn";

	/** The person on the page, with the parts of Pulje its role opens. */
	public record Person(String username, Role role) {

		public boolean applies() {
			return this.role == Role.APPLICANT;
		}

		public boolean administers() {
			return this.role == Role.ADMINISTRATOR;
		}

		public boolean reviews() {
			return this.role == Role.REVIEWER;
		}

		public boolean decides() {
			return Role.STAFF.contains(this.role);
		}

		/** Decides recommendation lists: a decision-maker, or the authority's staff. */
		public boolean decidesLists() {
			return decides() || this.role == Role.DECISION_MAKER;
		}

		public boolean readsDashboard() {
			return readsInternal();
		}

		/**
		 * The authority's staff and analysts read what is internal: internal plans,
		 * minutes, barriers.
		 */
		public boolean readsInternal() {
			return decides() || this.role == Role.ANALYST;
		}

	}

	/**
	 * The person goes on the request before the handler runs, not into the model: a page
	 * made for a refused address (an exception handler's) gets no model attributes, and
	 * without the person its menu offered to sign in someone who was signed in.
	 */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				// only for what a controller answers: a stylesheet or a script has no
				// menu
				if (handler instanceof HandlerMethod) {
					request.setAttribute(ATTRIBUTE, current().orElse(null));
				}
				return true;
			}
		});
	}

	/** Whether the person asking may read what is internal to the authority. */
	public static boolean readsInternalNow() {
		return current().map(Person::readsInternal).orElse(false);
	}

	/** The person signed in, if anyone is. */
	public static Optional<Person> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return authentication.getAuthorities()
			.stream()
			.map(a -> a.getAuthority())
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> a.substring(5))
			.filter(name -> Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(name)))
			.map(Role::valueOf)
			.findFirst()
			.map(role -> new Person(authentication.getName(), role));
	}

}
