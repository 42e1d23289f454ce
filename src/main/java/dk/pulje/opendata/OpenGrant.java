package dk.pulje.opendata;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.pulje.money.Amount;
import dk.pulje.money.YearlyAmounts;

/**
 * One grant as open data publishes it: what was granted, to whom, by which pool, when,
 * for which years, and what has been paid and paid back. Nothing of the application
 * beyond its title and summary, and no person, is in it.
 */
record OpenGrant(long id, String title, @Nullable String summary, Amount amount, LocalDate awardDate,
		LocalDate plannedStart, LocalDate plannedEnd, Recipient recipient, long poolId, String poolName,
		@Nullable String poolPurpose, @Nullable String authority, @Nullable String programmeName, YearlyAmounts byYear,
		List<Transaction> transactions, OffsetDateTime modified, boolean closed, boolean demo) {

	/**
	 * The organisation that received the grant: its CVR number where it has one, and the
	 * code of its municipality or region.
	 */
	record Recipient(long id, String name, @Nullable String cvr, @Nullable String officialCode, String type) {

		boolean isMunicipality() {
			return "MUNICIPALITY".equals(this.type);
		}

		boolean isRegion() {
			return "REGION".equals(this.type);
		}

	}

	/**
	 * A payment to the project, or a repayment from it, on its day, for a fiscal year.
	 */
	record Transaction(boolean repayment, LocalDate on, int fiscalYear, Amount amount) {
	}

	/** What describes the grant: its summary, else its pool's purpose, else its title. */
	String description() {
		if (this.summary != null && !this.summary.isBlank()) {
			return this.summary;
		}
		return this.poolPurpose != null && !this.poolPurpose.isBlank() ? this.poolPurpose : this.title;
	}

}
