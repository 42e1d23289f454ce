package dk.pulje.client;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.pulje.Fixtures;
import dk.pulje.IntegrationTest;
import dk.pulje.TestClock;
import dk.pulje.TestDatabase;
import dk.pulje.client.api.AccountsApi;
import dk.pulje.client.api.ApplicationsApi;
import dk.pulje.client.api.GrantedProjectsApi;
import dk.pulje.client.api.OrganisationsApi;
import dk.pulje.client.api.PoolsApi;
import dk.pulje.client.model.AccountRequest;
import dk.pulje.client.model.ApplicationRequest;
import dk.pulje.client.model.ApplicationView;
import dk.pulje.client.model.BudgetLineRequest;
import dk.pulje.client.model.CallRequest;
import dk.pulje.client.model.CallView;
import dk.pulje.client.model.ContentAreaRequest;
import dk.pulje.client.model.DecisionRequest;
import dk.pulje.client.model.GrantedProjectSummary;
import dk.pulje.client.model.OpenedAccount;
import dk.pulje.client.model.PoolRequest;
import dk.pulje.client.model.PoolSummary;
import dk.pulje.client.model.PoolView;
import dk.pulje.client.model.ProjectPeriod;
import dk.pulje.client.model.ReportingRequirementRequest;
import dk.pulje.client.model.RepostRequest;
import dk.pulje.client.model.TokenRequest;
import dk.pulje.money.DanishTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The README's tour of the API, walked with nothing but the Java client generated from
 * the API document (in the build, by openapi-generator): where the document and the API
 * disagree (a path, a field, a type, a status), the client fails. Scripts log in with
 * personal access tokens, as the document advises.
 */
@IntegrationTest
class ApiClientTourTests {

	private static final LocalDateTime OPENS = LocalDateTime.of(2026, 3, 2, 9, 0);

	private static final LocalDateTime DEADLINE = LocalDateTime.of(2026, 3, 20, 12, 0);

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private ApiClient client(String authorization) {
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://localhost:" + this.port);
		if (authorization != null) {
			client.setRequestInterceptor(request -> request.header("Authorization", authorization));
		}
		return client;
	}

	private static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** Opens an account, and gives a client that calls with the token it makes itself. */
	private ApiClient withToken(ApiClient administrator, AccountRequest.RoleEnum role, Set<Long> organisations)
			throws ApiException {
		String username = Fixtures.unique("rundtur").replace(" ", "-");
		OpenedAccount opened = new AccountsApi(administrator)
			.openAccount(new AccountRequest().username(username).role(role).organisationIds(organisations));
		String secret = new AccountsApi(client(basic(username, opened.getInitialPassword())))
			.makeToken(new TokenRequest().name("Sagssystem"))
			.getSecret();
		return client("Bearer " + secret);
	}

	@Test
	void theReadmesTourWalksWithAClientGeneratedFromTheDocument() throws ApiException {
		this.clock.set(DanishTime.at(OPENS.plusDays(1)).toInstant());
		ApiClient administrator = client(basic("admin", TestDatabase.ADMIN_PASSWORD));
		ApiClient caseworker = withToken(administrator, AccountRequest.RoleEnum.CASEWORKER, Set.of());
		String name = Fixtures.unique("Rundturspulje");
		PoolView pool = new PoolsApi(caseworker).definePool(poolRequest(name));
		CallView call = new PoolsApi(caseworker).postCall(pool.getId(),
				new CallRequest().amount("60000000.00").opensAt(OPENS.toString()).deadline(DEADLINE.toString()));

		// 1. Anyone lists and filters the pools
		List<PoolSummary> open = new PoolsApi(client(null))
			.listPools("OPEN", null, "MUNICIPALITY", name, null, 0, 20, "name")
			.getItems();
		assertThat(open).extracting(PoolSummary::getName).containsExactly(name);

		// 2. An applicant makes a token, drafts and submits
		long gentofte = new OrganisationsApi(client(null)).listOrganisations(null, null, null, null, "157", 0, 20, null)
			.getItems()
			.get(0)
			.getId();
		ApiClient applicant = withToken(administrator, AccountRequest.RoleEnum.APPLICANT, Set.of(gentofte));
		ApplicationView draft = new ApplicationsApi(applicant)
			.draftApplication(new ApplicationRequest().callId(call.getId())
				.leadOrganisationId(gentofte)
				.contentAreaCode("akut")
				.title("Sammenhæng i Gentofte")
				.budgetLines(List.of(new BudgetLineRequest().year(2027).description("Projektleder").amount("450000.00"),
						new BudgetLineRequest().year(2028).description("Projektleder").amount("450000.00"))));
		ApplicationView submitted = new ApplicationsApi(applicant).submitApplication(draft.getId(), null, null);
		assertThat(submitted.getStatus()).isEqualTo(ApplicationView.StatusEnum.SUBMITTED);

		// 3. After the deadline a caseworker decides and completes the allocation
		this.clock.set(DanishTime.at(DEADLINE.plusDays(1)).toInstant());
		ApplicationView decided = new ApplicationsApi(caseworker).decideApplication(draft.getId(),
				new DecisionRequest().outcome(DecisionRequest.OutcomeEnum.GRANTED_IN_FULL), null);
		CallView allocated = new PoolsApi(caseworker).completeCallAllocation(call.getId(), null);
		assertThat(decided.getStatus()).isEqualTo(ApplicationView.StatusEnum.DECIDED);
		assertThat(allocated.getStatus()).isEqualTo(CallView.StatusEnum.ALLOCATED);

		// 4. The caseworker re-posts what the call left
		CallView repost = new PoolsApi(caseworker).rePostWhatCallLeft(call.getId(),
				new RepostRequest().amount("59100000.00").opensAt("2026-04-01T09:00").deadline("2026-05-01T12:00"),
				null);
		assertThat(repost.getAmount()).isEqualTo("59100000.00");
		assertThat(repost.getStatus()).isEqualTo(CallView.StatusEnum.UPCOMING);

		// 5. Anyone lists the granted projects
		List<GrantedProjectSummary> granted = new GrantedProjectsApi(client(null))
			.listGrantedProjects(pool.getId(), null, null, null, 0, 20, null)
			.getItems();
		assertThat(granted).extracting(GrantedProjectSummary::getTitle).containsExactly("Sammenhæng i Gentofte");
		assertThat(granted.get(0).getGrantedTotal()).isEqualTo("900000.00");
	}

	@Test
	void aProblemReachesTheClientWithItsStatusAndRule() throws ApiException {
		ApiClient administrator = client(basic("admin", TestDatabase.ADMIN_PASSWORD));
		PoolView pool = new PoolsApi(administrator).definePool(poolRequest(Fixtures.unique("Rundturspulje")));

		assertThatThrownBy(() -> new PoolsApi(administrator).postCall(pool.getId(),
				new CallRequest().amount("300000000.00").opensAt(OPENS.toString()).deadline(DEADLINE.toString())))
			.isInstanceOfSatisfying(ApiException.class, problem -> {
				assertThat(problem.getCode()).isEqualTo(422);
				assertThat(problem.getResponseBody()).contains("\"rule\":\"call-exceeds-pool\"");
			});
	}

	/** A municipal pool like seed 001's: 100 mio. kr. a year, projects in 2027-2029. */
	private static PoolRequest poolRequest(String name) {
		return new PoolRequest().name(name)
			.purpose("Bedre kommunale sundhedsindsatser.")
			.authority("Sundhedsstyrelsen")
			.applicationForm(PoolRequest.ApplicationFormEnum.ALONE_OR_JOINT)
			.eligibleTypes(Set.of(PoolRequest.EligibleTypesEnum.MUNICIPALITY))
			.contentAreas(List.of(new ContentAreaRequest().code("akut").name("Kommunale akutfunktioner")))
			.yearlyAmounts(Map.of("2026", "100000000.00", "2027", "100000000.00"))
			.projectPeriod(new ProjectPeriod().start(LocalDate.of(2027, 1, 1)).end(LocalDate.of(2029, 12, 31)))
			.reportingRequirements(
					List.of(new ReportingRequirementRequest().kind(ReportingRequirementRequest.KindEnum.FINAL_REPORT)
						.monthsAfterEnd(3)
						.auditedAccounts(true)
						.contents("Mål, fortsættelse og monitoreringsdata.")));
	}

}
