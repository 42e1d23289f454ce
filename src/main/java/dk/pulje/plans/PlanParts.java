package dk.pulje.plans;

import java.math.BigDecimal;

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
	record Track(int trackNo, String title, String description) {
	}

	@Table("plan_focus_area")
	record FocusArea(int trackNo, int areaNo, String title) {
	}

	@Table("plan_initiative")
	record Initiative(int initiativeNo, int trackNo, Integer areaNo, String title, String description, String partners,
			Long programmeId, Long poolId, Long grantedProjectId) {
	}

	@Table("plan_assessment")
	record Assessment(int trackNo, int reportYear, Progress progress, String reasoning) {
	}

	@Table("plan_initiative_status")
	record Status(int initiativeNo, int reportYear, InitiativeState status, String summary) {
	}

	@Table("plan_indicator")
	record Indicator(int indicatorNo, String name, String unit, BigDecimal baseline, BigDecimal target) {
	}

	@Table("plan_indicator_value")
	record IndicatorValue(int indicatorNo, int period, BigDecimal measured, boolean approximate, String note) {
	}

	@Table("plan_funding_row")
	record FundingRow(int rowNo, String groupLabel, String label, Integer initiativeNo) {
	}

	@Table("plan_funding_cell")
	record FundingCell(int rowNo, String columnKey, Amount amount, MoneyKind moneyKind) {
	}

	@Table("plan_funding_total")
	record FundingTotal(String columnKey, @Embedded.Empty(prefix = "stated_") StatedAmount stated) {
	}

}
