package dk.pulje.plans;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import dk.pulje.funding.MoneyKind;
import dk.pulje.money.Amount;
import dk.pulje.money.StatedAmount;

/**
 * The parts of an action plan as they are stored, each referring to the others by number.
 */
final class PlanParts {

	private PlanParts() {
	}

	@Table("plan_track")
	record Track(int trackNo, String title, @Nullable String description) {
	}

	@Table("plan_focus_area")
	record FocusArea(int trackNo, int areaNo, String title) {
	}

	@Table("plan_initiative")
	record Initiative(int initiativeNo, int trackNo, @Nullable Integer areaNo, String title,
			@Nullable String description, @Nullable String partners, @Nullable Long programmeId, @Nullable Long poolId,
			@Nullable Long grantedProjectId) {
	}

	@Table("plan_assessment")
	record Assessment(int trackNo, int reportYear, Progress progress, @Nullable String reasoning) {
	}

	@Table("plan_initiative_status")
	record Status(int initiativeNo, int reportYear, InitiativeState status, @Nullable String summary) {
	}

	@Table("plan_indicator")
	record Indicator(int indicatorNo, String name, String unit, @Nullable BigDecimal baseline,
			@Nullable BigDecimal target) {
	}

	@Table("plan_indicator_value")
	record IndicatorValue(int indicatorNo, int period, BigDecimal measured, boolean approximate,
			@Nullable String note) {
	}

	@Table("plan_funding_row")
	record FundingRow(int rowNo, @Nullable String groupLabel, String label, @Nullable Integer initiativeNo) {
	}

	@Table("plan_funding_cell")
	record FundingCell(int rowNo, String columnKey, Amount amount, MoneyKind moneyKind) {
	}

	@Table("plan_funding_total")
	record FundingTotal(String columnKey, @Embedded.Empty(prefix = "stated_") StatedAmount stated) {
	}

}
