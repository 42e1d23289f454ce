package dk.pulje.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import dk.pulje.database.TablesRead;
import dk.pulje.money.DanishTime;
import dk.pulje.web.InternalExport;
import dk.pulje.web.RequestIds;

/**
 * Writes an audit entry for every saved aggregate, in the transaction that saves it: a
 * change that is rolled back leaves no entry, and no change is saved without one. The
 * state is the aggregate's persistent fields as JSON; the state before a change is the
 * state the previous entry recorded.
 */
@Component
class AuditTrail {

	static final String SYSTEM = "system";

	private final JdbcClient jdbc;

	private final RelationalMappingContext mapping;

	private final JsonMapper json;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, RelationalMappingContext mapping, Clock clock) {
		this.jdbc = jdbc;
		this.mapping = mapping;
		this.json = JsonMapper.builder().build();
		this.clock = clock;
	}

	@EventListener
	void saved(AfterSaveEvent<?> event) {
		Object aggregate = event.getEntity();
		RelationalPersistentEntity<?> entity = this.mapping.getRequiredPersistentEntity(aggregate.getClass());
		PersistentPropertyAccessor<?> accessor = entity.getPropertyAccessor(aggregate);
		String kind = entity.getTableName().getReference();
		String id = String.valueOf(accessor.getProperty(entity.getRequiredIdProperty()));
		String after = this.json.writeValueAsString(state(entity, accessor));
		String before = lastState(kind, id);
		if (after.equals(before)) {
			return;
		}
		// A new aggregate is saved at version 0; a record that was there before the
		// history (the municipalities and
		// regions of the first start) has no earlier state to show.
		Object version = entity.hasVersionProperty() ? accessor.getProperty(entity.getRequiredVersionProperty()) : null;
		boolean created = version == null || Long.valueOf(0).equals(version);
		record(kind, id, created ? "created" : "changed", before, after);
	}

	/**
	 * A login on a page (which starts a session) is recorded; an API request's login with
	 * every call is not, or the history would be nothing else.
	 */
	@EventListener
	void loggedIn(InteractiveAuthenticationSuccessEvent event) {
		record("login", event.getAuthentication().getName(), "login", null, null);
	}

	/**
	 * A download of an internal record is recorded under that record, as "exported-pdf"
	 * and the like.
	 */
	@EventListener
	void exported(InternalExport export) {
		record(export.kind(), String.valueOf(export.id()), "exported-" + export.format(), null, null);
	}

	/** Something done to a record other than saving it, under that record. */
	@EventListener
	void recorded(Recorded event) {
		record(event.kind(), event.id(), event.action(), null, event.state());
	}

	/**
	 * A failed login is recorded under the name that was tried, never with the password.
	 */
	@EventListener
	void loginFailed(AbstractAuthenticationFailureEvent event) {
		record("login", String.valueOf(event.getAuthentication().getName()), "login-failed", null, null);
	}

	private static Map<String, Object> state(RelationalPersistentEntity<?> entity,
			PersistentPropertyAccessor<?> accessor) {
		Map<String, Object> state = new LinkedHashMap<>();
		for (RelationalPersistentProperty property : entity) {
			if (property.isIdProperty() || property.isVersionProperty()) {
				continue;
			}
			Object value = accessor.getProperty(property);
			if (value instanceof OffsetDateTime time) {
				// The same instant reads back from PostgreSQL in UTC; recorded in Danish
				// time, it compares equal.
				value = DanishTime.shown(time);
			}
			state.put(property.getName(), property.isAnnotationPresent(Secret.class) ? fingerprint(value) : value);
		}
		return state;
	}

	private static @Nullable String fingerprint(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
			return "hidden:" + HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private @Nullable String lastState(String kind, String id) {
		return this.jdbc.sql("""
				select after_state from audit_entry
				where record_kind = :kind and record_id = :id and after_state is not null
				order by id desc fetch first 1 rows only""")
			.param("kind", kind)
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private void record(String kind, String id, String action, @Nullable String before, @Nullable String after) {
		this.jdbc.sql(TablesRead.onlyPart("audit_entry", kind) + """
				insert into audit_entry (occurred_at, actor, request_id, record_kind, record_id, action, before_state,
				                         after_state)
				values (:at, :actor, :request, :kind, :id, :action, :before, :after)""")
			.param("at", DanishTime.of(this.clock.instant()))
			.param("actor", actor())
			.param("request", RequestIds.current())
			.param("kind", kind)
			.param("id", id)
			.param("action", action)
			.param("before", before)
			.param("after", after)
			.update();
	}

	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
	}

}
