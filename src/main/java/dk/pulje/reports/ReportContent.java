package dk.pulje.reports;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a report says: each goal accounted for, the results, whether and how the work goes
 * on after the grant, what was spent on each budget line, the value of each indicator the
 * pool asks for, and the summary the public reads once a final report is approved.
 */
public record ReportContent(List<ReportGoal> goals, @Nullable String results, @Nullable Boolean continues,
		@Nullable String continuation, List<ReportSpending> spending, @Nullable String publicSummary,
		List<ReportAttachment> attachments, List<ReportIndicator> indicators) {

	/**
	 * A version handed in before files could be attached, or before pools asked for
	 * indicators, has none.
	 */
	public ReportContent {
		attachments = attachments == null ? List.of() : attachments;
		indicators = indicators == null ? List.of() : indicators;
	}

}
