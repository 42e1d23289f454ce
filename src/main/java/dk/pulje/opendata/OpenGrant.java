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
 * beyond its title and summary, and no person, is in it. A grant imported from a
 * 360Giving file keeps the identifier, pool code, funder and source the file gave it.
 */
record OpenGrant(long id, @Nullable String sourceId, String title, @Nullable String summary, Amount amount,
		LocalDate awardDate, LocalDate plannedStart, LocalDate plannedEnd, Recipient recipient, long poolId,
		@Nullable String poolCode, String poolName, @Nullable String poolPurpose, @Nullable String authority,
		@Nullable String funderId, YearlyAmounts byYear, List<Transaction> transactions, OffsetDateTime modified,
		@Nullable String dataSource, boolean closed, boolean demo) {

	/**
	 * The organisation that received the grant: its CVR number where it has one, and the
	 * code of its municipality or region.
	 */
	record Recipient(long id, String name, @Nullable String cvr, @Nullable String externalId,
			@Nullable String officialCode, String type) {

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

	/**
	 * The grant's identifier: the one its file gave it, else the publisher's prefix and
	 * its number.
	 */
	String grantId(OpenDataSettings settings) {
		return this.sourceId != null ? this.sourceId : settings.grantId(this.id);
	}

	/** The code of its pool as a grant programme: the file's, else Pulje's. */
	String programmeCode() {
		return this.poolCode != null ? this.poolCode : "pool-" + this.poolId;
	}

	/** Who funded it: the pool's authority, else the publisher. */
	String funder(OpenDataSettings settings) {
		return this.authority == null || this.authority.isBlank() ? settings.publisherName() : this.authority;
	}

	String funderId(OpenDataSettings settings) {
		return this.funderId != null ? this.funderId : settings.publisherId();
	}

	String dataSource(OpenDataSettings settings) {
		return this.dataSource != null ? this.dataSource : settings.baseUrl() + "/pools/" + this.poolId;
	}

	/** What describes the grant: its summary, else its pool's purpose, else its title. */
	String description() {
		if (this.summary != null && !this.summary.isBlank()) {
			return this.summary;
		}
		return this.poolPurpose != null && !this.poolPurpose.isBlank() ? this.poolPurpose : this.title;
	}

}
