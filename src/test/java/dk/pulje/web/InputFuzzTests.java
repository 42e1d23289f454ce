package dk.pulje.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import dk.pulje.accounts.AccountRequest;
import dk.pulje.applications.ApplicationRequest;
import dk.pulje.applications.DecisionRequest;
import dk.pulje.applications.SubmitRequest;
import dk.pulje.followup.FollowUpGroupRequest;
import dk.pulje.funding.AgreementRequest;
import dk.pulje.funding.AppropriationRequest;
import dk.pulje.funding.ProgrammeRequest;
import dk.pulje.grants.PaymentRequest;
import dk.pulje.money.Amount;
import dk.pulje.organisations.OrganisationRequest;
import dk.pulje.plans.ActionPlanRequest;
import dk.pulje.pools.CallRequest;
import dk.pulje.pools.PoolRequest;
import dk.pulje.pools.RepostRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What clients type and send, fuzzed: amounts typed into forms in Danish and English, the
 * JSON bodies of every write endpoint, and the CSV writer. A body is read by the API's
 * own strict reader and checked by its own constraints; anything but a JacksonException
 * (a 400 naming the field) or a list of violations is a failure.
 */
class InputFuzzTests {

	/** Every body the write API reads, chosen by the first byte of an input. */
	static final List<Class<?>> BODIES = List.of(PoolRequest.class, CallRequest.class, RepostRequest.class,
			ApplicationRequest.class, DecisionRequest.class, SubmitRequest.class, PaymentRequest.class,
			OrganisationRequest.class, AgreementRequest.class, ProgrammeRequest.class, AppropriationRequest.class,
			ActionPlanRequest.class, FollowUpGroupRequest.class, AccountRequest.class);

	static final JsonMapper JSON = strictMapper();

	static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	static final Formats FORMATS = new Formats();

	@FuzzTest(maxDuration = "20s")
	void everyWriteBodyIsReadOrRefusedWithAField(byte[] input) {
		if (input.length == 0) {
			return;
		}
		Class<?> type = BODIES.get(Byte.toUnsignedInt(input[0]) % BODIES.size());
		String json = new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
		Object body;
		try {
			body = JSON.readValue(json, type);
		}
		catch (JacksonException refused) {
			return;
		}
		if (body != null) {
			VALIDATOR.validate(body);
		}
	}

	@FuzzTest(maxDuration = "20s")
	void anAmountTypedIntoAFormIsReadExactlyOrNamed(FuzzedDataProvider data) {
		Locale language = data.consumeBoolean() ? Locale.forLanguageTag("da") : Locale.ENGLISH;
		String typed = data.consumeRemainingAsString();
		LocaleContextHolder.setLocale(language);
		try {
			FORMATS.parse(typed).ifPresent(amount -> {
				assertThat(amount.isGreaterThan(Amount.LARGEST)).isFalse();
				assertThat(FORMATS.parse(FORMATS.input(amount))).contains(amount);
			});
			FORMATS.parseNumber(typed);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	@FuzzTest(maxDuration = "20s")
	void aCsvCellIsWhatWasWrittenAndNeverAFormula(FuzzedDataProvider data) {
		List<List<Object>> rows = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		int count = data.consumeInt(1, 8);
		for (int i = 0; i < count; i++) {
			String text = data.consumeString(40);
			texts.add(text);
			rows.add(List.of(text, Amount.ofOre(data.consumeLong(-Amount.LARGEST.ore(), Amount.LARGEST.ore()))));
		}
		String csv = new String(TableExports.csv(List.of(new Table("Titel", List.of("Tekst", "Beløb"), rows))),
				StandardCharsets.UTF_8);

		List<String> cells = CsvInjectionTests.cells(csv);
		for (String text : texts) {
			String written = Set.of('=', '+', '-', '@', '\t', '\r').contains(text.isEmpty() ? ' ' : text.charAt(0))
					? "'" + text : text;
			assertThat(cells).contains(written);
		}
		assertThat(cells).noneMatch(cell -> !cell.isEmpty() && "=+@\t".indexOf(cell.charAt(0)) >= 0);
	}

	private static JsonMapper strictMapper() {
		JsonMapper.Builder builder = JsonMapper.builder();
		new JsonInput().strictJsonInput().customize(builder);
		return builder.build();
	}

}
