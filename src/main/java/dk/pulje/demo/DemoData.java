package dk.pulje.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import dk.pulje.database.LoadBeforeServing;
import dk.pulje.accounts.AccountManagement;
import dk.pulje.accounts.AccountRequest;
import dk.pulje.accounts.Role;
import dk.pulje.applications.ApplicationManagement;
import dk.pulje.applications.ApplicationRequest.BudgetLineRequest;
import dk.pulje.applications.ApplicationRequest;
import dk.pulje.applications.ApplicationView;
import dk.pulje.applications.DecisionOutcome;
import dk.pulje.applications.DecisionRequest;
import dk.pulje.funding.AgreementKind;
import dk.pulje.funding.AgreementRequest;
import dk.pulje.funding.AppropriationRequest;
import dk.pulje.funding.FundingManagement;
import dk.pulje.funding.ProgrammeKind;
import dk.pulje.funding.ProgrammeRequest;
import dk.pulje.grants.GrantManagement;
import dk.pulje.grants.PaymentKind;
import dk.pulje.grants.PaymentRequest;
import dk.pulje.money.Amount;
import dk.pulje.money.Cvr;
import dk.pulje.money.DanishTime;
import dk.pulje.money.ProjectPeriod;
import dk.pulje.money.YearlyAmounts;
import dk.pulje.organisations.OrganisationRegister;
import dk.pulje.organisations.OrganisationRequest;
import dk.pulje.organisations.OrganisationType;
import dk.pulje.paging.Paging;
import dk.pulje.pools.ApplicationForm;
import dk.pulje.pools.CallRequest;
import dk.pulje.pools.CallView;
import dk.pulje.pools.Decider;
import dk.pulje.pools.PoolManagement;
import dk.pulje.pools.PoolRequest.ContentAreaRequest;
import dk.pulje.pools.PoolRequest.CriterionRequest;
import dk.pulje.pools.PoolRequest.EarmarkRequest;
import dk.pulje.pools.PoolRequest.ReportingRequirementRequest;
import dk.pulje.pools.PoolRequest;
import dk.pulje.pools.ReportKind;
import dk.pulje.pools.RepostRequest;

/**
 * Loads the demo data once, on the first start of a database that has none. The figures
 * are the source documents' own (amounts, years, dates, who may apply); the texts are
 * Pulje's; applications, decisions and the practice pool are invented and marked as demo.
 *
 * <p>
 * Runs when {@code pulje.demo-data} is {@code true}, or {@code auto} (the default) on the
 * embedded H2 database.
 */
@Component
class DemoData extends LoadBeforeServing {

	static final String LOAD_NAME = "demo-data";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final String SST = "Sundhedsstyrelsen";

	private final FundingManagement funding;

	private final PoolManagement pools;

	private final ApplicationManagement applications;

	private final OrganisationRegister organisations;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AccountManagement accounts;

	private final boolean enabled;

	private final DiabetesPlan diabetesPlan;

	private final ChronicIllnessGroup chronicIllnessGroup;

	private final GrantManagement grants;

	private final SeedOneFollowThrough seedOneFollowThrough;

	DemoData(FundingManagement funding, PoolManagement pools, ApplicationManagement applications,
			OrganisationRegister organisations, JdbcClient jdbc, Clock clock, AccountManagement accounts,
			DiabetesPlan diabetesPlan, ChronicIllnessGroup chronicIllnessGroup, GrantManagement grants,
			SeedOneFollowThrough seedOneFollowThrough, @Value("${pulje.demo-data:auto}") String setting,
			@Value("${spring.datasource.url:}") String datasourceUrl, TransactionOperations transactions) {
		super(1, transactions);
		this.funding = funding;
		this.grants = grants;
		this.seedOneFollowThrough = seedOneFollowThrough;
		this.pools = pools;
		this.applications = applications;
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.clock = clock;
		this.accounts = accounts;
		this.diabetesPlan = diabetesPlan;
		this.chronicIllnessGroup = chronicIllnessGroup;
		this.enabled = "true".equalsIgnoreCase(setting)
				|| ("auto".equalsIgnoreCase(setting) && datasourceUrl.startsWith("jdbc:h2:"));
	}

	@Override
	protected void load() {
		if (!this.enabled || alreadyLoaded()) {
			return;
		}
		Agreements agreements = agreements();
		nationalInitiatives(agreements);
		healthStrategy();
		diabetesPlanPools();
		this.diabetesPlan.record();
		List<Long> seedOneCalls = olderMedicalPatientsPool();
		practicePool();
		decisionPool();
		demoUsers();
		this.seedOneFollowThrough.record(seedOneCalls.get(0), seedOneCalls.get(1));
		this.jdbc.sql("insert into data_load (name) values (:name)").param("name", LOAD_NAME).update();
		log.info("Loaded the demo data from the source documents");
	}

	private boolean alreadyLoaded() {
		return this.jdbc.sql("select count(*) from data_load where name = :name")
			.param("name", LOAD_NAME)
			.query(Integer.class)
			.single() > 0;
	}

	private record Agreements(long financeAct2016, long poolAgreement2016, long economyAgreements2016,
			long financeActAgreement) {
	}

	private Agreements agreements() {
		return new Agreements(agreement("Finansloven for 2016", AgreementKind.FINANCE_ACT, 2016),
				agreement("Satspuljeaftalen for 2016", AgreementKind.POOL_AGREEMENT, 2016),
				agreement("Økonomiaftalerne for 2016", AgreementKind.ECONOMY_AGREEMENT, 2016),
				agreement("Finanslovsaftale om almen praksis", AgreementKind.FINANCE_ACT, null));
	}

	private long agreement(String name, AgreementKind kind, @Nullable Integer year) {
		return this.funding.recordAgreement(new AgreementRequest(name, kind, year), true).id();
	}

	/**
	 * Seed 004: the national initiatives that touch both the municipalities and the
	 * region.
	 */
	private void nationalInitiatives(Agreements a) {
		initiative(a.financeAct2016(), ProgrammeKind.ACTION_PLAN,
				"National handlingsplan for den ældre medicinske patient",
				"En langsigtet plan for bedre forløb for ældre medicinske patienter, med en akutpakke mod overbelægning på sygehusene.",
				2016, 2019, "1,2 mia. kr.", years(2016, "320", 2017, "300", 2018, "300", 2019, "300"));
		initiative(a.poolAgreement2016(), ProgrammeKind.ACTION_PLAN, "National handlingsplan for demens 2025",
				"Initiativer på tværs af sundheds- og socialområdet for mennesker med demens og deres pårørende.", 2016,
				2019, "470 mio. kr.", years(2016, "50", 2017, "140", 2018, "140", 2019, "140"));
		initiative(a.poolAgreement2016(), ProgrammeKind.INITIATIVE, "Faste læger på plejecentre og medicingennemgang",
				"En landsdækkende ordning, hvor beboere på plejecentre får en fast tilknyttet læge; pengene går til kommunerne.",
				2016, 2019, "100 mio. kr.", years(2016, "40", 2017, "20", 2018, "20", 2019, "20"));
		long weakestElderly = initiative(a.poolAgreement2016(), ProgrammeKind.INITIATIVE,
				"Pulje til styrket sammenhæng for de svageste ældre",
				"Forsøg med konkrete modeller for, hvordan kommuner, regioner og evt. almen praksis organiserer sig om de svageste ældre.",
				2016, 2019, "82,4 mio. kr.", years(2016, "57.2", 2018, "6.9", 2019, "18.3"));
		initiative(a.poolAgreement2016(), ProgrammeKind.INITIATIVE, "Sundhedstjek",
				"Sundhedstjek, der opfanger tegn på sygdom og gør opmærksom på risikofaktorer; modellens indhold fastlægges senere.",
				2016, 2019, "30 mio. kr.", years(2016, "5", 2017, "5", 2018, "10", 2019, "10"));
		long relatives = initiative(a.poolAgreement2016(), ProgrammeKind.INITIATIVE,
				"Styrket indsats for børn og unge som pårørende",
				"Indsatser for børn og unge, hvis forældre eller søskende har en psykisk eller alvorlig somatisk sygdom.",
				2016, 2018, "4,2 mio. kr.", years(2016, "4.2", 2017, "4.3", 2018, "0.5"));
		initiative(a.economyAgreements2016(), ProgrammeKind.INITIATIVE,
				"National udbredelse af telemedicin til borgere med KOL",
				"Telemedicinsk hjemmemonitorering til borgere med KOL i hele landet, forankret i fem landsdelsprogrammer.",
				2016, 2019, "47 mio. kr.", years(2016, "35.5", 2017, "3.7", 2018, "3.7", 2019, "4.1"));
		initiative(a.financeActAgreement(), ProgrammeKind.INITIATIVE, "Pulje til sundhedshuse og lægehuse",
				"Større læge- og sundhedshuse, hvor praktiserende læger arbejder sammen med andre faggrupper og kommunale tilbud.",
				2017, 2020, "800 mio. kr.", Map.of());
		initiative(a.financeActAgreement(), ProgrammeKind.INITIATIVE, "Differentieret honorering af almen praksis",
				"Forsøg med honorarmodeller, der vægter antallet af patienter med kronisk sygdom og praksissens placering.",
				2015, 2018, "187 mio. kr.", Map.of());
		initiative(a.economyAgreements2016(), ProgrammeKind.INITIATIVE,
				"Plan for det nære og sammenhængende sundhedsvæsen",
				"Et udvalg udarbejder en samlet plan; der afrapporteres i 2016.", 2016, 2016, null, Map.of());
		initiative(a.economyAgreements2016(), ProgrammeKind.INITIATIVE, "Kræftplan IV",
				"En plan for kræftområdets udvikling på lang sigt, bygget på en foranalyse af udfordringer og behov.",
				2016, null, null, Map.of());
		initiative(a.economyAgreements2016(), ProgrammeKind.INITIATIVE, "Aktiv Patientstøtte",
				"Regionale forsøg, hvor specialuddannede sygeplejersker støtter patienter med risiko for et højt forbrug af sundhedsydelser.",
				2016, null, null, Map.of());

		pool(new PoolRequest("Pulje til styrket sammenhæng for de svageste ældre",
				"Midler til forsøg med modeller for sammenhængende indsatser for de svageste ældre.", SST,
				weakestElderly, ApplicationForm.ALONE_OR_JOINT,
				Set.of(OrganisationType.MUNICIPALITY, OrganisationType.REGION), null,
				YearlyAmounts.of(millions(years(2016, "57.2", 2018, "6.9", 2019, "18.3"))), null, "82,4 mio. kr.", null,
				null, "2016", null, null));
		pool(new PoolRequest("Pulje til børn og unge som pårørende",
				"Midler til at opspore og forebygge mistrivsel hos børn og unge, der er pårørende til alvorligt syge.",
				SST, relatives, ApplicationForm.ALONE_OR_JOINT,
				Set.of(OrganisationType.MUNICIPALITY, OrganisationType.REGION, OrganisationType.PRIVATE_ORGANISATION),
				null, YearlyAmounts.of(millions(years(2016, "4.2", 2017, "4.3", 2018, "0.5"))), null, "4,2 mio. kr.",
				null, null, "2016", null, null));
	}

	private long initiative(long agreementId, ProgrammeKind kind, String name, String purpose, Integer firstYear,
			@Nullable Integer lastYear, @Nullable String statedTotal, Map<Integer, String> millionsByYear) {
		// Seed 004 lists the national initiatives that touch both the municipalities and
		// the region.
		long id = this.funding
			.recordProgramme(new ProgrammeRequest(name, kind, null, purpose, firstYear, lastYear, null, statedTotal,
					null, Set.of(OrganisationType.MUNICIPALITY, OrganisationType.REGION)), true)
			.id();
		millions(millionsByYear).forEach((year, amount) -> this.funding
			.appropriate(new AppropriationRequest(agreementId, id, null, year, amount, null), true));
		return id;
	}

	/** Seed 003: the government's health strategy and its frame for chronic disease. */
	/**
	 * Seed 003: the health strategy and its programme for chronic illness, followed by a
	 * follow-up group.
	 */
	private void healthStrategy() {
		long strategy = this.funding
			.recordProgramme(new ProgrammeRequest("Jo før, jo bedre", ProgrammeKind.STRATEGY, "Regeringen",
					"Regeringens sundhedsstrategi: tidligere opsporing og bedre forløb for patienter.", null, null,
					null, "6,5 mia. kr.", null), true)
			.id();
		long chronic = this.funding.recordProgramme(new ProgrammeRequest("Initiativer for mennesker med kronisk sygdom",
				ProgrammeKind.PROGRAMME, "Sundhedsministeriet",
				"Målrettede sundhedstjek, forløbsplaner, en lungesatsning og aktiv patientstøtte; fulgt af en bredt sammensat følgegruppe.",
				2015, 2018, null, "cirka 1,5 mia. kr.", strategy), true)
			.id();
		this.chronicIllnessGroup.set(chronic);
	}

	/**
	 * Seed 000: the pools announced from the national diabetes action plan, with their
	 * words for when.
	 */
	private void diabetesPlanPools() {
		long plan = this.funding.recordProgramme(new ProgrammeRequest("Den nationale diabeteshandlingsplan",
				ProgrammeKind.ACTION_PLAN, "Sundheds- og Ældreministeriet",
				"National plan for en bedre indsats for borgere med diabetes; puljerne har også betydning for andre kroniske sygdomme.",
				null, null, null, null, null), true)
			.id();
		Set<OrganisationType> threeSectors = Set.of(OrganisationType.MUNICIPALITY, OrganisationType.REGION,
				OrganisationType.GENERAL_PRACTICE);
		pool(new PoolRequest("Pulje til særligt sårbare patienter",
				"Indsatser, der får særligt sårbare patienter med diabetes ind i og fastholder dem i behandling og rehabilitering.",
				SST, plan, ApplicationForm.ALONE_OR_JOINT, threeSectors, null, null, null, null, null, null,
				"26. juni 2018", null, null));
		pool(new PoolRequest("Pulje til målrettet opsporing af type 2-diabetes i relevante grupper",
				"Afprøvning af en model for tidlig og systematisk opsporing af personer med høj risiko for type 2-diabetes.",
				SST, plan, ApplicationForm.ALONE_OR_JOINT, Set.of(OrganisationType.MUNICIPALITY), null, null, null,
				"7 mio. kr.", null, null, "oktober 2018", null, null));
		pool(new PoolRequest("Pulje til afprøvning af model for den afklarende samtale",
				"Afprøvning af en model for individuel vurdering af borgerens behov i den afklarende samtale.", SST,
				plan, ApplicationForm.ALONE_OR_JOINT, Set.of(OrganisationType.MUNICIPALITY), null, null, null,
				"7 mio. kr.", null, null, "oktober 2018", null, null));
		pool(new PoolRequest("Pulje til styrket samarbejde og kvalitet på tværs af sektorer",
				"Udvikling og afprøvning af modeller for et stærkere samarbejde mellem sektorerne om patienter med diabetes.",
				SST, plan, ApplicationForm.JOINT_ACROSS_TYPES, threeSectors, null, null, null, "10,5 mio.",
				List.of(new EarmarkRequest("Udvikling og evaluering", Amount.ofMillions("1"))), null,
				"ultimo 2018 eller primo 2019", null, null));
	}

	/**
	 * Seed 001: the municipal pool for older medical patients and vulnerable groups, its
	 * first call and its re-post of 50,8 mio. kr. The applications and decisions are
	 * invented; the grants of the first call add up to 149,2 mio. kr., which leaves the
	 * 50,8 mio. kr. the source re-posted.
	 */
	private List<Long> olderMedicalPatientsPool() {
		List<ContentAreaRequest> areas = List.of(new ContentAreaRequest("akutfunktioner",
				"Videreudvikling af kommunale akutfunktioner",
				"Projekter, der udbygger kommunernes akutfunktioner ud over kvalitetsstandardernes krav.",
				"Samarbejde på tværs af kommuner; speciallægekompetencer knyttet til akutfunktionen; faste aftaler med vagtlæge, akutmodtagelse og almen praksis; beslutningsstøtte om hvem akutfunktionen hjælper."),
				new ContentAreaRequest("rehabilitering",
						"Implementering af rehabiliteringsindsatser til borgere med kronisk sygdom",
						"Projekter, der bygger på Sundhedsstyrelsens anbefalinger om tilbud til borgere med kronisk sygdom.",
						"Nye eller udvidede rehabiliteringstilbud; opgaver flyttet fra sygehus til kommune; sundhedspædagogiske redskaber i den afklarende samtale; arbejde med kvalitet og data."),
				new ContentAreaRequest("bosteder",
						"Styrkelse af den sundhedsfaglige indsats på bosteder og bostedslignende tilbud",
						"Projekter, der giver beboere med psykiske lidelser en bedre sundhedsfaglig indsats, hvor de bor.",
						"Sundhedsfaglige kompetencer knyttet til bostedet; kompetenceudvikling af det socialpædagogiske personale."));
		long poolId = pool(new PoolRequest(
				"Videreudvikling og styrkelse af indsatser i kommunerne med særligt fokus på ældre medicinske patienter og udsatte grupper",
				"At udvikle og højne kvaliteten af kommunernes sundhedsindsats, blandt andet for at undgå unødvendige indlæggelser, og at skabe viden om, hvilke kommunale indsatser der virker.",
				SST, null, ApplicationForm.ALONE_OR_JOINT, Set.of(OrganisationType.MUNICIPALITY), areas,
				YearlyAmounts.of(Map.of(2017, Amount.ofMillions("100"), 2018, Amount.ofMillions("100"))), null, null,
				null, ProjectPeriod.years(2018, 2020), null, null,
				List.of(new ReportingRequirementRequest(ReportKind.FINAL_REPORT, 3, true,
						"Om og hvordan projektets mål er nået; om og i hvilken form projektet fortsætter efter perioden; data fra monitoreringen. Skrives i Sundhedsstyrelsens skabelon.")),
				null, null, null, SeedOneFollowThrough.INDICATORS, null, null, null, null));
		CallView first = this.pools.postCall(poolId, new CallRequest("Første opslag", Amount.ofMillions("200"),
				LocalDateTime.of(2017, 10, 2, 9, 0), LocalDateTime.of(2017, 12, 11, 23, 59, 59)), true);
		LocalDateTime received = LocalDateTime.of(2017, 12, 8, 14, 30);
		decideInFull(apply(first, "751", "akutfunktioner", "Akutfunktion med speciallægesparring i Aarhus", received,
				Map.of(2018, "12.8", 2019, "12.8", 2020, "12.8")));
		decideInPart(apply(first, "461", "rehabilitering", "Rehabilitering tæt på borgeren i Odense", received,
				Map.of(2018, "15", 2019, "15", 2020, "15")), Map.of(2018, "13.4", 2019, "13.3", 2020, "13.3"));
		decideInFull(apply(first, "101", "bosteder", "Sundhedsfaglig støtte på Københavns bosteder", received,
				Map.of(2018, "14.2", 2019, "14.2", 2020, "14.2")));
		decideInFull(apply(first, "851", "akutfunktioner", "Fælles akutteam for Aalborg og omegn", received,
				Map.of(2018, "9.4", 2019, "9.4", 2020, "9.4")));
		reject(apply(first, "630", "rehabilitering", "Digital rehabilitering i Vejle", received,
				Map.of(2018, "4", 2019, "4", 2020, "4")));
		ApplicationView withdrawn = this.applications
			.draft(request(first, "561", "bosteder", "Bostedsprojekt i Esbjerg", Map.of(2018, "2")), true);
		this.applications.withdraw(withdrawn.id(), null);
		this.pools.completeAllocation(first.id(), null);

		CallView repost = this.pools.repost(first.id(), null, new RepostRequest("Genopslag", null,
				LocalDateTime.of(2018, 3, 1, 9, 0), LocalDateTime.of(2018, 6, 8, 23, 59, 59)), true);
		LocalDateTime receivedLater = LocalDateTime.of(2018, 6, 6, 10, 0);
		decideInPart(apply(repost, "615", "akutfunktioner", "Akutfunktion og vagtlæge i Horsens", receivedLater,
				Map.of(2018, "4", 2019, "4", 2020, "4")), Map.of(2018, "3.5", 2019, "3.5", 2020, "3.5"));
		apply(repost, "330", "rehabilitering", "KOL-rehabilitering i Slagelse", receivedLater,
				Map.of(2018, "3", 2019, "3", 2020, "3"));
		payFirstYear(first.id(), LocalDate.of(2018, 2, 15));
		payFirstYear(repost.id(), LocalDate.of(2018, 9, 14));
		return List.of(first.id(), repost.id());
	}

	/**
	 * The source tells nothing of payments. So that the overviews have money paid to
	 * show, each of the call's projects is paid its grant for 2018 on one invented day,
	 * with a voucher number that says it is demo data.
	 */
	private void payFirstYear(long callId, LocalDate paidOn) {
		this.grants
			.projects(new GrantManagement.Filter(null, callId, null, null),
					Paging.of(0, Paging.MAX_SIZE, "id", GrantManagement.SORTS, "id"))
			.items()
			.forEach(project -> this.grants.pay(project.id(), null, new PaymentRequest(PaymentKind.PAYMENT, paidOn,
					2018, this.grants.project(project.id()).grantedByYear().in(2018), "DEMO-" + project.id())));
	}

	/**
	 * An invented pool whose call is open for 90 days from the load, so that a new user
	 * can try applying.
	 */
	private void practicePool() {
		long practice = this.organisations
			.register(new OrganisationRequest("Lægerne i Nørregade (demo)", OrganisationType.GENERAL_PRACTICE,
					new Cvr("39214741"), null, null), true)
			.id();
		this.organisations.register(new OrganisationRequest("Foreningen for pårørende (demo)",
				OrganisationType.PRIVATE_ORGANISATION, new Cvr("29611351"), null, null), true);
		int year = DanishTime.of(this.clock.instant()).getYear();
		long poolId = pool(new PoolRequest("Øvelsespulje: sammenhængende forløb (demo)",
				"En opfundet pulje til at prøve Pulje af: ansøg, indsend, afgør.", SST, null,
				ApplicationForm.ALONE_OR_JOINT,
				Set.of(OrganisationType.MUNICIPALITY, OrganisationType.GENERAL_PRACTICE, OrganisationType.REGION),
				List.of(new ContentAreaRequest("forloeb", "Sammenhængende forløb", "Projekter på tværs af sektorer.",
						null)),
				YearlyAmounts.of(Map.of(year + 1, Amount.ofMillions("2"), year + 2, Amount.ofMillions("2"))), null,
				null, null, ProjectPeriod.years(year + 1, year + 2), null, null,
				List.of(new ReportingRequirementRequest(ReportKind.FINAL_REPORT, 3, true, null))));
		LocalDateTime now = DanishTime.of(this.clock.instant()).toLocalDateTime().withNano(0);
		CallView call = this.pools.postCall(poolId,
				new CallRequest("Åbent opslag", Amount.ofMillions("4"), now.minusDays(1), now.plusDays(90)), true);
		ApplicationView draft = this.applications.draft(
				new ApplicationRequest(call.id(), practice, List.of(this.organisations.byOfficialCode("147").id()),
						"forloeb", "Fælles forløb for ældre (kladde)", "En kladde, som kan redigeres og indsendes.",
						null, List.of(new BudgetLineRequest(year + 1, "Projektledelse", Amount.ofMillions("0.4")))),
				true);
		log.info("The practice pool's call {} is open; draft application {} is ready to submit", call.id(), draft.id());
	}

	/**
	 * An invented pool decided by a decision-maker, whose call closed two days before the
	 * load with three applications waiting for the caseworker's recommendation list, so
	 * that a new user can try recommending and deciding.
	 */
	private void decisionPool() {
		int year = DanishTime.of(this.clock.instant()).getYear();
		long poolId = pool(new PoolRequest("Øvelsespulje: indstilling og afgørelse (demo)",
				"En opfundet pulje til at prøve indstilling og afgørelse af: sagsbehandleren indstiller, beslutningstageren afgør.",
				SST, null, ApplicationForm.ALONE_OR_JOINT, Set.of(OrganisationType.MUNICIPALITY),
				List.of(new ContentAreaRequest("forebyggelse", "Forebyggelse", "Forebyggende indsatser i kommunen.",
						null)),
				YearlyAmounts.of(Map.of(year + 1, Amount.ofMillions("3"), year + 2, Amount.ofMillions("3"))), null,
				null, null, ProjectPeriod.years(year + 1, year + 2), null, null,
				List.of(new ReportingRequirementRequest(ReportKind.FINAL_REPORT, 3, false, null)), null, null, null,
				null,
				List.of(new CriterionRequest("Kvalitet og faglighed", "Er målene klare og realistiske?", 60, 1, 5),
						new CriterionRequest("Forankring", "Kan indsatsen fortsætte efter projektperioden?", 40, 1, 5)),
				null, Decider.DECISION_MAKER, false));
		LocalDateTime now = DanishTime.of(this.clock.instant()).toLocalDateTime().withNano(0);
		CallView call = this.pools.postCall(poolId,
				new CallRequest("Opslag til afgørelse", Amount.ofMillions("6"), now.minusDays(40), now.minusDays(2)),
				true);
		LocalDateTime received = now.minusDays(3);
		for (Object[] application : new Object[][] {
				{ "751", "Sund start i Aarhus", Map.of(year + 1, "1.5", year + 2, "1.5") },
				{ "461", "Forebyggelse på arbejdspladser i Odense", Map.of(year + 1, "1.2", year + 2, "1.3") },
				{ "101", "Bevægelse for ældre i København", Map.of(year + 1, "2", year + 2, "2") } }) {
			@SuppressWarnings("unchecked")
			Map<Integer, String> budget = (Map<Integer, String>) application[2];
			apply(call, (String) application[0], "forebyggelse", (String) application[1], received, budget);
		}
	}

	/**
	 * One account per role, and applicants of two municipalities, with passwords
	 * generated now and printed this once, like the administrator's.
	 */
	private void demoUsers() {
		StringBuilder printed = new StringBuilder();
		printed.append("\n\n    Demo accounts (passwords shown only this once):\n");
		for (Object[] user : new Object[][] { { "sagsbehandler", Role.CASEWORKER, null },
				{ "bedoemmer", Role.REVIEWER, null }, { "analytiker", Role.ANALYST, null },
				{ "beslutningstager", Role.DECISION_MAKER, null }, { "ansoeger.aarhus", Role.APPLICANT, "751" },
				{ "ansoeger.odense", Role.APPLICANT, "461" },
				{ SeedOneFollowThrough.AUDITOR, Role.APPLICANT, null } }) {
			boolean auditor = SeedOneFollowThrough.AUDITOR.equals(user[0]);
			Set<Long> organisations = auditor ? Set.of(auditFirm())
					: user[2] == null ? Set.of() : Set.of(this.organisations.byOfficialCode((String) user[2]).id());
			AccountManagement.OpenedAccount opened = this.accounts.open(new AccountRequest((String) user[0], null,
					auditor ? SeedOneFollowThrough.AUDITOR_EMAIL : null, (Role) user[1], organisations));
			printed.append(String.format("    %-16s %-14s %s%n", user[0], user[1], opened.initialPassword()));
		}
		log.warn(printed.toString());
	}

	/** The audit firm whose auditor signs seed 001's final accounts in the demo. */
	private long auditFirm() {
		return this.organisations
			.register(new OrganisationRequest("Revisionsfirmaet Eksempel (demo)", OrganisationType.PRIVATE_ORGANISATION,
					new Cvr("35000003"), null, null), true)
			.id();
	}

	private long pool(PoolRequest request) {
		return this.pools.definePool(request, true).id();
	}

	private ApplicationView apply(CallView call, String municipalityCode, String area, String title,
			LocalDateTime receivedAt, Map<Integer, String> millionsByYear) {
		ApplicationView draft = this.applications.draft(request(call, municipalityCode, area, title, millionsByYear),
				true);
		return this.applications.submit(draft.id(), null, receivedAt);
	}

	private ApplicationRequest request(CallView call, String municipalityCode, String area, String title,
			Map<Integer, String> millionsByYear) {
		long lead = this.organisations.byOfficialCode(municipalityCode).id();
		List<BudgetLineRequest> lines = new ArrayList<>();
		millions(millionsByYear)
			.forEach((year, amount) -> lines.add(new BudgetLineRequest(year, "Projektets udgifter", amount)));
		return new ApplicationRequest(call.id(), lead, List.of(), area, title,
				"Opfundet demoansøgning, der viser puljens forløb.", "Færre unødvendige indlæggelser.", lines);
	}

	private void decideInFull(ApplicationView application) {
		this.applications.decide(application.id(), null,
				new DecisionRequest(DecisionOutcome.GRANTED_IN_FULL, null, null, decidedOn(application)));
	}

	private void decideInPart(ApplicationView application, Map<Integer, String> millionsByYear) {
		this.applications.decide(application.id(), null,
				new DecisionRequest(DecisionOutcome.GRANTED_IN_PART, YearlyAmounts.of(millions(millionsByYear)),
						"Budgettet er tilpasset puljens ramme.", decidedOn(application)));
	}

	private void reject(ApplicationView application) {
		this.applications.decide(application.id(), null,
				new DecisionRequest(DecisionOutcome.REJECTED, null,
						"Projektet ligger uden for puljens indsatsområder, som de er beskrevet i opslaget.",
						decidedOn(application)));
	}

	/**
	 * The demo's decisions are made (invented) ten days after their call's deadline, as
	 * the sources' were, and registered when the demo is loaded; a call whose deadline is
	 * still to come is decided today.
	 */
	private @Nullable LocalDate decidedOn(ApplicationView application) {
		LocalDate day = this.pools.call(application.callId()).deadline().toLocalDate().plusDays(10);
		return day.isAfter(LocalDate.now(this.clock)) ? null : day;
	}

	private static Map<Integer, String> years(Object... yearThenMillions) {
		Map<Integer, String> byYear = new LinkedHashMap<>();
		for (int i = 0; i < yearThenMillions.length; i += 2) {
			byYear.put((Integer) yearThenMillions[i], (String) yearThenMillions[i + 1]);
		}
		return byYear;
	}

	private static Map<Integer, Amount> millions(Map<Integer, String> byYear) {
		Map<Integer, Amount> amounts = new LinkedHashMap<>();
		byYear.forEach((year, millions) -> amounts.put(year, Amount.ofMillions(millions)));
		return amounts;
	}

}
