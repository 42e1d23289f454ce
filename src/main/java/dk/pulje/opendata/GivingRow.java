package dk.pulje.opendata;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One grant as a 360Giving file states it, every value as text as the file has it, and
 * the problems the reader found in its shape (a list where an object belongs, a number
 * where text belongs). Fields are named by their JSON paths, for a CSV row as well.
 */
record GivingRow(int rowNo, @Nullable String id, @Nullable String title, @Nullable String description,
		@Nullable String currency, @Nullable String amountAwarded, @Nullable String awardDate,
		@Nullable String startDate, @Nullable String endDate, @Nullable String duration, @Nullable String recipientId,
		@Nullable String recipientName, @Nullable String geoCode, @Nullable String geoCodeType,
		@Nullable String funderId, @Nullable String funderName, @Nullable String programmeCode,
		@Nullable String programmeTitle, @Nullable String url, @Nullable String dataSource,
		@Nullable String dateModified, boolean demo, List<Problem> shapeProblems) {

	/**
	 * What is wrong with the shape of one field of a row: the rule it breaks
	 * ({@code not-an-object}, {@code not-a-list}, {@code not-text},
	 * {@code not-a-number}).
	 */
	record Problem(String field, String rule) {
	}

	/** Collects a row's values as a reader finds them. */
	static final class Builder {

		final int rowNo;

		@Nullable String id;

		@Nullable String title;

		@Nullable String description;

		@Nullable String currency;

		@Nullable String amountAwarded;

		@Nullable String awardDate;

		@Nullable String startDate;

		@Nullable String endDate;

		@Nullable String duration;

		@Nullable String recipientId;

		@Nullable String recipientName;

		@Nullable String geoCode;

		@Nullable String geoCodeType;

		@Nullable String programmeCode;

		@Nullable String dataSource;

		@Nullable String dateModified;

		boolean demo;

		@Nullable String funderId;

		@Nullable String funderName;

		@Nullable String programmeTitle;

		@Nullable String url;

		final List<Problem> problems = new ArrayList<>();

		Builder(int rowNo) {
			this.rowNo = rowNo;
		}

		void problem(String field, String rule) {
			this.problems.add(new Problem(field, rule));
		}

		GivingRow build() {
			return new GivingRow(this.rowNo, this.id, this.title, this.description, this.currency, this.amountAwarded,
					this.awardDate, this.startDate, this.endDate, this.duration, this.recipientId, this.recipientName,
					this.geoCode, this.geoCodeType, this.funderId, this.funderName, this.programmeCode,
					this.programmeTitle, this.url, this.dataSource, this.dateModified, this.demo,
					List.copyOf(this.problems));
		}

	}

}
