package dk.pulje.funding.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import dk.pulje.funding.ProgrammeKind;
import dk.pulje.funding.ProgrammeRequest;
import dk.pulje.funding.ProgrammeView;
import dk.pulje.web.FormCheck;
import dk.pulje.web.FormValues;

import static dk.pulje.web.FormValues.orNull;
import static dk.pulje.web.FormValues.validatedLater;

/** A programme as its form posts it, every field as typed. */
record ProgrammeForm(@Nullable Long version, @Nullable String name, String kind, @Nullable String owner,
		@Nullable String purpose, @Nullable String firstYear, @Nullable String lastYear, @Nullable String statedTotal,
		@Nullable Long parentId) {

	/** A new programme's form: a programme, the commonest kind. */
	static ProgrammeForm forNewProgramme() {
		return new ProgrammeForm(null, null, ProgrammeKind.PROGRAMME.name(), null, null, null, null, null, null);
	}

	/** The programme's form as the programme stands. */
	static ProgrammeForm of(ProgrammeView programme) {
		return new ProgrammeForm(programme.version(), programme.name(), programme.kind().name(), programme.owner(),
				programme.purpose(), text(programme.firstYear()), text(programme.lastYear()),
				programme.statedTotal() == null ? null : programme.statedTotal().asWritten(), programme.parentId());
	}

	/**
	 * What the form asks for, with the fields that cannot be read named in
	 * {@code errors}.
	 */
	ProgrammeRequest toRequest(FormValues values, Map<String, String> errors) {
		return new ProgrammeRequest(validatedLater(this.name),
				validatedLater(values.choice(ProgrammeKind.class, this.kind, "kind", errors)), orNull(this.owner),
				orNull(this.purpose), values.whole(this.firstYear, "firstYear", errors),
				values.whole(this.lastYear, "lastYear", errors), null, orNull(this.statedTotal), this.parentId);
	}

	/** The page's input for a field of the request. */
	static String inputOf(String field) {
		return switch (field) {
			case "statedTotalAsWritten", "statedTotal" -> "statedTotal";
			default -> FormCheck.inputId(field);
		};
	}

	private static @Nullable String text(@Nullable Integer year) {
		return year == null ? null : String.valueOf(year);
	}

}
