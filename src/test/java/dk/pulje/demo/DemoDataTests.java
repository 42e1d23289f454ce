package dk.pulje.demo;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import dk.pulje.Api;
import dk.pulje.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data reproduces the figures of the source documents, read back through the
 * public API.
 */
@IntegrationTest
@TestPropertySource(properties = { "pulje.demo-data=true", "pulje.test.db-name=demo" })
class DemoDataTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void connect() {
		this.api = Api.asAdministrator(this.port).anonymous();
	}

	private JsonNode poolNamed(String name) {
		JsonNode items = this.api.get("/api/v1/pools?size=200&q=" + name.replace(" ", "%20")).body().path("items");
		for (JsonNode item : items) {
			if (item.path("name").asString().equals(name)) {
				return this.api.get("/api/v1/pools/" + item.path("id").asLong()).body();
			}
		}
		throw new AssertionError("no pool named " + name);
	}

	private Map<String, JsonNode> programmesByName() {
		Map<String, JsonNode> byName = new HashMap<>();
		this.api.get("/api/v1/programmes?size=200")
			.body()
			.path("items")
			.forEach(p -> byName.put(p.path("name").asString(), p));
		return byName;
	}

	@Test
	void seed001TheFirstCallLeaves50Point8MillionAndTheRePostOffersExactlyThat() {
		JsonNode pool = poolNamed(
				"Videreudvikling og styrkelse af indsatser i kommunerne med særligt fokus på ældre medicinske patienter og udsatte grupper");

		JsonNode first = pool.path("calls").get(0);
		JsonNode repost = pool.path("calls").get(1);
		assertThat(pool.path("amount").asString()).isEqualTo("200000000.00");
		assertThat(first.path("deadline").asString()).startsWith("2017-12-11");
		assertThat(first.path("granted").asString()).isEqualTo("149200000.00");
		assertThat(first.path("left").asString()).isEqualTo("50800000.00");
		assertThat(repost.path("kind").asString()).isEqualTo("REPOST");
		assertThat(repost.path("amountText").asString()).isEqualTo("50,8 mio. kr.");
		assertThat(repost.path("deadline").asString()).startsWith("2018-06-08");
		assertThat(pool.path("projectPeriod").path("end").asString()).isEqualTo("2020-12-31");
		assertThat(pool.path("contentAreas")).hasSize(3);
	}

	@Test
	void seed001GrantedProjectsOweAnAuditedFinalReportBy31March2021() {
		long poolId = poolNamed(
				"Videreudvikling og styrkelse af indsatser i kommunerne med særligt fokus på ældre medicinske patienter og udsatte grupper")
			.path("id")
			.asLong();

		JsonNode projects = this.api.get("/api/v1/granted-projects?poolId=" + poolId).body().path("items");

		assertThat(projects.size()).isEqualTo(5);
		projects.forEach(p -> assertThat(p.path("nextReportDue").asString()).isEqualTo("2021-03-31"));
	}

	@Test
	void seed001ProjectsArePaidTheir2018GrantsInTheDemo() {
		long poolId = poolNamed(
				"Videreudvikling og styrkelse af indsatser i kommunerne med særligt fokus på ældre medicinske patienter og udsatte grupper")
			.path("id")
			.asLong();
		BigDecimal paid = BigDecimal.ZERO;

		for (JsonNode line : this.api.get("/api/v1/granted-projects?poolId=" + poolId).body().path("items")) {
			JsonNode project = this.api.get("/api/v1/granted-projects/" + line.path("id").asLong()).body();
			assertThat(project.path("paidByYear").path("2018").asString())
				.isEqualTo(project.path("grantedByYear").path("2018").asString());
			paid = paid.add(new BigDecimal(project.path("paidByYear").path("2018").asString()));
		}

		assertThat(paid).isEqualByComparingTo("53300000.00");
	}

	@Test
	void seed001sFollowUpHasThreeApprovedReportsARepaidClaimAndAnOverdueReportThatWasReminded() {
		long poolId = poolNamed(
				"Videreudvikling og styrkelse af indsatser i kommunerne med særligt fokus på ældre medicinske patienter og udsatte grupper")
			.path("id")
			.asLong();
		Api caseworker = Api.asAdministrator(this.port);

		JsonNode obligations = caseworker.get("/api/v1/reports/obligations?poolId=" + poolId).body().path("items");

		Map<String, String> stateByProject = new HashMap<>();
		obligations.forEach(o -> stateByProject.put(o.path("projectTitle").asString(), o.path("state").asString()));
		assertThat(stateByProject).containsEntry("Akutfunktion med speciallægesparring i Aarhus", "APPROVED")
			.containsEntry("Sundhedsfaglig støtte på Københavns bosteder", "APPROVED")
			.containsEntry("Fælles akutteam for Aalborg og omegn", "APPROVED")
			.containsEntry("Rehabilitering tæt på borgeren i Odense", "APPROVED")
			.containsEntry("Akutfunktion og vagtlæge i Horsens", "OVERDUE");
		obligations.forEach(o -> {
			if (o.path("state").asString().equals("APPROVED")) {
				JsonNode indicators = caseworker.get("/api/v1/reports/" + o.path("reportId").asLong())
					.body()
					.path("content")
					.path("indicators");
				assertThat(indicators.size()).as("the pool's two indicators").isEqualTo(2);
				indicators.forEach(i -> assertThat(i.path("measured").isNumber()).isTrue());
			}
		});
		for (JsonNode line : caseworker.get("/api/v1/granted-projects?poolId=" + poolId).body().path("items")) {
			JsonNode project = caseworker.get("/api/v1/granted-projects/" + line.path("id").asLong()).body();
			if (line.path("title").asString().contains("Odense")) {
				assertThat(project.path("claimedTotal").asString()).isEqualTo("1200000.00");
				assertThat(project.path("outstandingClaims").asString()).isEqualTo("0.00");
			}
			else {
				assertThat(project.path("claimedTotal").asString()).isEqualTo("0.00");
			}
		}
	}

	@Test
	void seed000AnnouncedPoolsKeepTheirWordsAmountsApplicantsAndEarmark() {
		JsonNode crossSector = poolNamed("Pulje til styrket samarbejde og kvalitet på tværs af sektorer");
		JsonNode detection = poolNamed("Pulje til målrettet opsporing af type 2-diabetes i relevante grupper");

		assertThat(crossSector.path("amountText").asString()).isEqualTo("10,5 mio. kr.");
		assertThat(crossSector.path("earmarks").get(0).path("amount").asString()).isEqualTo("1000000.00");
		assertThat(crossSector.path("applicationForm").asString()).isEqualTo("JOINT_ACROSS_TYPES");
		assertThat(crossSector.path("announced").path("asWritten").asString())
			.isEqualTo("ultimo 2018 eller primo 2019");
		assertThat(crossSector.path("status").asString()).isEqualTo("ANNOUNCED");
		assertThat(detection.path("amountText").asString()).isEqualTo("7 mio. kr.");
		assertThat(detection.path("announced").path("earliest").asString()).isEqualTo("2018-10-01");
		assertThat(detection.path("eligibleTypes").get(0).asString()).isEqualTo("MUNICIPALITY");
	}

	@Test
	void seed004YearlySplitsSumToTheirTotalsExceptTheOneThatIsFlagged() {
		Map<String, JsonNode> programmes = programmesByName();
		Map<String, String> expected = Map.of("National handlingsplan for den ældre medicinske patient",
				"1220000000.00", "National handlingsplan for demens 2025", "470000000.00",
				"Faste læger på plejecentre og medicingennemgang", "100000000.00",
				"Pulje til styrket sammenhæng for de svageste ældre", "82400000.00", "Sundhedstjek", "30000000.00",
				"National udbredelse af telemedicin til borgere med KOL", "47000000.00",
				"Styrket indsats for børn og unge som pårørende", "9000000.00");

		expected.forEach((name, sum) -> {
			JsonNode programme = programmes.get(name);
			assertThat(programme).as(name).isNotNull();
			assertThat(programme.path("appropriatedTotal").asString()).as(name).isEqualTo(sum);
			boolean flagged = name.equals("Styrket indsats for børn og unge som pårørende");
			assertThat(programme.path("warnings").size()).as(name).isEqualTo(flagged ? 1 : 0);
		});
		JsonNode relatives = programmes.get("Styrket indsats for børn og unge som pårørende");
		assertThat(relatives.path("statedTotal").path("asWritten").asString()).isEqualTo("4,2 mio. kr.");
		assertThat(relatives.path("warnings").get(0).path("computed").asString()).isEqualTo("9000000.00");
	}

	@Test
	void seed003StrategyKeepsItsStatedFrames() {
		Map<String, JsonNode> programmes = programmesByName();

		JsonNode strategy = programmes.get("Jo før, jo bedre");
		JsonNode chronic = programmes.get("Initiativer for mennesker med kronisk sygdom");

		assertThat(strategy.path("statedTotal").path("amount").asString()).isEqualTo("6500000000.00");
		assertThat(chronic.path("statedTotal").path("asWritten").asString()).isEqualTo("cirka 1,5 mia. kr.");
		assertThat(chronic.path("parentId").asLong()).isEqualTo(strategy.path("id").asLong());
	}

	@Test
	void thereIsADemoAccountForEveryRoleAndApplicantsOfTwoMunicipalities() {
		Api administrator = Api.asAdministrator(this.port);
		Map<String, String> roles = new HashMap<>();
		for (String username : List.of("admin", "sagsbehandler", "bedoemmer", "analytiker", "ansoeger.aarhus",
				"ansoeger.odense")) {
			// other tests open accounts of their own in the same database: ask for each
			// by name
			administrator.get("/api/v1/accounts?q=" + username)
				.body()
				.path("items")
				.forEach(a -> roles.put(a.path("username").asString(), a.path("role").asString()));
		}

		assertThat(roles).containsEntry("admin", "ADMINISTRATOR")
			.containsEntry("sagsbehandler", "CASEWORKER")
			.containsEntry("bedoemmer", "REVIEWER")
			.containsEntry("analytiker", "ANALYST")
			.containsEntry("ansoeger.aarhus", "APPLICANT")
			.containsEntry("ansoeger.odense", "APPLICANT");
	}

	@Test
	void aNewUserFindsAnOpenPoolToApplyTo() {
		JsonNode open = this.api.get("/api/v1/pools?status=OPEN").body().path("items");

		assertThat(open.findValuesAsString("name")).contains("Øvelsespulje: sammenhængende forløb (demo)");
	}

}
