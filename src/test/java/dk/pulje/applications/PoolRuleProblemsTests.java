package dk.pulje.applications;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.Api;
import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.rules.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flags a call's list shows beside each application, read for the whole list at once,
 * are the flags each application shows alone.
 */
@IntegrationTest
class PoolRuleProblemsTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationManagement applications;

	@Test
	void aCallsListFlagsWhatEachApplicationAloneIsFlaggedFor() {
		Api api = Api.asAdministrator(this.port);
		Fixtures fixtures = new Fixtures(api);
		long aarhus = fixtures.organisation("751");
		long odense = fixtures.organisation("461");
		Map<String, Object> rules = fixtures.poolRequest();
		long pool = fixtures.pool(rules);
		long call = fixtures.closedCall(pool, "50000000.00");
		long alone = fixtures.submitted(call, aarhus, Map.of(2018, "400000.00"));
		long joint = api
			.post("/api/v1/applications", fixtures.applicationRequest(call, aarhus, List.of(odense), "rehab",
					Map.of(2019, "300000.00", 2020, "250000.00")))
			.id();
		fixtures.submit(joint, Fixtures.DEADLINE_2017.minusDays(1));
		// The pool's rules change after both were received: regions only, jointly, one
		// content area, and a project period that ends a year sooner.
		Map<String, Object> changed = new HashMap<>(rules);
		changed.put("eligibleTypes", List.of("REGION"));
		changed.put("applicationForm", "JOINT");
		changed.put("contentAreas", List.of(Map.of("code", "akut", "name", "Kommunale akutfunktioner")));
		changed.put("projectPeriod", Map.of("start", "2018-01-01", "end", "2019-12-31"));
		Api.Response change = api.put("/api/v1/pools/" + pool, changed,
				"\"" + api.get("/api/v1/pools/" + pool).text("version") + "\"");

		Map<Long, List<RuleViolation>> together = this.applications.poolRuleProblems(List.of(alone, joint));

		assertThat(change.status()).as(change.body().toString()).isEqualTo(200);
		assertThat(together.keySet()).containsExactly(alone, joint);
		assertThat(rules(together.get(alone))).containsExactly("organisation-not-eligible",
				"joint-application-required");
		assertThat(rules(together.get(joint))).containsExactly("organisation-not-eligible", "organisation-not-eligible",
				"content-area-not-in-pool", "budget-year-outside-period");
		for (long id : List.of(alone, joint)) {
			assertThat(described(together.get(id))).isEqualTo(described(this.applications.poolRuleProblems(id)));
		}
	}

	private static List<String> rules(List<RuleViolation> problems) {
		return problems.stream().map(RuleViolation::rule).toList();
	}

	/** Each problem's rule, field and what its message names. */
	private static List<String> described(List<RuleViolation> problems) {
		return problems.stream().map(p -> p.rule() + " " + p.field() + " " + List.of(p.arguments())).toList();
	}

}
