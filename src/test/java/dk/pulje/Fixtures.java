package dk.pulje;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test data made through the API, as a caseworker would make it. Names carry a random
 * suffix, so tests never depend on what other tests (or earlier runs against the same
 * PostgreSQL database) stored.
 */
public final class Fixtures {

	/** The first call of seed 001: deadline 11 December 2017. */
	public static final LocalDateTime OPENS_2017 = LocalDateTime.of(2017, 10, 2, 9, 0);

	public static final LocalDateTime DEADLINE_2017 = LocalDateTime.of(2017, 12, 11, 12, 0);

	private final Api api;

	public Fixtures(Api api) {
		this.api = api;
	}

	public static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A fresh eight-digit CVR number that passes the modulus-11 check. */
	public static String cvr() {
		int[] weights = { 2, 7, 6, 5, 4, 3, 2 };
		while (true) {
			String first = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
			int sum = 0;
			for (int i = 0; i < 7; i++) {
				sum += (first.charAt(i) - '0') * weights[i];
			}
			int check = (11 - sum % 11) % 11;
			if (check < 10) {
				return first + check;
			}
		}
	}

	public long organisation(String officialCode) {
		Api.Response response = this.api.get("/api/v1/organisations?officialCode=" + officialCode);
		assertThat(response.body().path("items").size()).as("organisation %s", officialCode).isEqualTo(1);
		return response.body().path("items").get(0).path("id").asLong();
	}

	/**
	 * A municipal pool like seed 001's: 100 mio. kr. in 2017 and in 2018, project period
	 * 2018-2020.
	 */
	public Map<String, Object> poolRequest() {
		Map<String, Object> pool = new HashMap<>();
		pool.put("name", unique("Pulje til kommunale sundhedsindsatser"));
		pool.put("purpose", "Bedre kommunale sundhedsindsatser.");
		pool.put("authority", "Sundhedsstyrelsen");
		pool.put("applicationForm", "ALONE_OR_JOINT");
		pool.put("eligibleTypes", List.of("MUNICIPALITY"));
		pool.put("contentAreas", List.of(Map.of("code", "akut", "name", "Kommunale akutfunktioner"),
				Map.of("code", "rehab", "name", "Rehabilitering")));
		pool.put("yearlyAmounts", Map.of("2017", "100000000.00", "2018", "100000000.00"));
		pool.put("projectPeriod", Map.of("start", "2018-01-01", "end", "2020-12-31"));
		pool.put("reportingRequirements", List.of(Map.of("kind", "FINAL_REPORT", "monthsAfterEnd", 3, "auditedAccounts",
				true, "contents", "Mål, fortsættelse og monitoreringsdata.")));
		return pool;
	}

	public long pool(Map<String, Object> request) {
		Api.Response response = this.api.post("/api/v1/pools", request);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response.id();
	}

	/** A pool like seed 001's whose final report needs no audited accounts. */
	public long poolWithoutAudit() {
		return poolWithoutAudit(List.of());
	}

	/**
	 * A pool like seed 001's whose final report needs no audited accounts and gives the
	 * indicators named (each a name and a unit).
	 */
	public long poolWithoutAudit(List<Map<String, String>> indicators) {
		Map<String, Object> request = new HashMap<>(poolRequest());
		request.put("reportingRequirements", List.of(Map.of("kind", "FINAL_REPORT", "monthsAfterEnd", 3,
				"auditedAccounts", false, "contents", "Mål, fortsættelse og monitoreringsdata.")));
		request.put("indicators", indicators);
		return pool(request);
	}

	public long pool() {
		return pool(poolRequest());
	}

	public long call(long poolId, String amount, LocalDateTime opensAt, LocalDateTime deadline) {
		Api.Response response = this.api.post("/api/v1/pools/" + poolId + "/calls",
				Map.of("amount", amount, "opensAt", opensAt.toString(), "deadline", deadline.toString()));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response.id();
	}

	/** A call of the pool that closed on 11 December 2017. */
	public long closedCall(long poolId, String amount) {
		return call(poolId, amount, OPENS_2017, DEADLINE_2017);
	}

	public Map<String, Object> applicationRequest(long callId, long lead, List<Long> partners, String area,
			Map<Integer, String> budget) {
		List<Map<String, Object>> lines = new ArrayList<>();
		new TreeMap<>(budget)
			.forEach((year, amount) -> lines.add(Map.of("year", year, "description", "Løn", "amount", amount)));
		Map<String, Object> request = new HashMap<>();
		request.put("callId", callId);
		request.put("leadOrganisationId", lead);
		request.put("partnerOrganisationIds", partners);
		request.put("contentAreaCode", area);
		request.put("title", unique("Projekt"));
		request.put("budgetLines", lines);
		return request;
	}

	public long draft(long callId, long lead, Map<Integer, String> budget) {
		Api.Response response = this.api.post("/api/v1/applications",
				applicationRequest(callId, lead, List.of(), "akut", budget));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		return response.id();
	}

	public Api.Response submit(long applicationId, LocalDateTime receivedAt) {
		return this.api.post("/api/v1/applications/" + applicationId + "/submit",
				receivedAt == null ? Map.of() : Map.of("receivedAt", receivedAt.toString()));
	}

	/**
	 * A submitted application to a call that closed in 2017, received a day before its
	 * deadline.
	 */
	public long submitted(long callId, long lead, Map<Integer, String> budget) {
		long id = draft(callId, lead, budget);
		Api.Response response = submit(id, DEADLINE_2017.minusDays(1));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return id;
	}

	public Api.Response grantInFull(long applicationId) {
		return this.api.post("/api/v1/applications/" + applicationId + "/decision",
				Map.of("outcome", "GRANTED_IN_FULL"));
	}

}
