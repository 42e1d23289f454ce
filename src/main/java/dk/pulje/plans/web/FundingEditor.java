package dk.pulje.plans.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dk.pulje.funding.MoneyKind;
import dk.pulje.money.Amount;
import dk.pulje.plans.ActionPlanRequest.CellRequest;
import dk.pulje.plans.ActionPlanRequest.FundingRequest;
import dk.pulje.plans.ActionPlanRequest.RowRequest;
import dk.pulje.plans.ActionPlanRequest.StatedTotalRequest;
import dk.pulje.plans.ActionPlanRequest;
import dk.pulje.plans.ActionPlanView;
import dk.pulje.plans.FundingTable;
import dk.pulje.plans.PlanManagement;
import dk.pulje.web.FormValues;
import dk.pulje.web.Formats;
import dk.pulje.web.Pages;

import static dk.pulje.web.FormCheck.longest;
import static dk.pulje.web.FormValues.validatedLater;

/**
 * The page on which staff record a plan's funding table as the plan prints it: a row per
 * initiative or appropriation, an amount per year and for money that goes on, each marked
 * capital or not, and the totals as printed. The totals Pulje computes from the rows, and
 * any printed total that disagrees is flagged on the report.
 */
@Controller
class FundingEditor implements Pages {

	/** Empty rows the form offers for new rows of the table. */
	private static final int NEW_ROWS = 3;

	private static final Pattern ROW_FIELD = Pattern.compile("funding\\.rows\\[(\\d+)]\\.(no|initiativeNo)");

	private static final Pattern TOTAL_FIELD = Pattern.compile("funding\\.statedTotals\\[(\\d+)]\\.(asWritten|column)");

	private final PlanManagement plans;

	private final FormValues values;

	private final Formats formats;

	private final PlanChanges changes;

	FundingEditor(PlanManagement plans, FormValues values, Formats formats, PlanChanges changes) {
		this.changes = changes;
		this.plans = plans;
		this.values = values;
		this.formats = formats;
	}

	@GetMapping("/casework/plans/{id}/funding")
	String edit(@PathVariable long id, Model model) {
		ActionPlanView plan = this.plans.plan(id);
		return page(plan, PlanForms.Funding.of(plan, this.formats), Map.of(), model);
	}

	@PostMapping("/casework/plans/{id}/funding")
	String save(@PathVariable long id, @ModelAttribute("form") PlanForms.Funding posted, Model model) {
		ActionPlanView plan = this.plans.plan(id);
		PlanForms.Funding form = posted.numbered();
		List<String> columns = columns(plan);
		Map<String, String> errors = new LinkedHashMap<>();
		List<Integer> formRows = new ArrayList<>();
		List<RowRequest> rows = new ArrayList<>();
		for (int r = 0; r < form.rows().size(); r++) {
			PlanForms.FundingRow row = form.rows().get(r);
			if (!row.isEmpty()) {
				formRows.add(r);
				rows.add(row(row, r, columns, errors));
			}
		}
		List<StatedTotalRequest> totals = new ArrayList<>();
		for (String column : columns) {
			String asWritten = this.values.text(form.stated().get(column),
					longest(StatedTotalRequest.class, "asWritten"), "stated-" + column, errors);
			if (asWritten != null) {
				totals.add(new StatedTotalRequest(column, asWritten));
			}
		}
		if (errors.isEmpty()) {
			Optional<String> saved = this.changes.change(id, form.version(),
					ActionPlanRequest.of(plan).withFunding(new FundingRequest(rows, totals)), errors,
					field -> input(field, formRows, totals));
			if (saved.isPresent()) {
				return saved.get();
			}
		}
		return page(plan, form, errors, model);
	}

	private RowRequest row(PlanForms.FundingRow row, int r, List<String> columns, Map<String, String> errors) {
		String input = "row-" + r;
		List<CellRequest> cells = new ArrayList<>();
		for (String column : columns) {
			String typed = row.amount().get(column);
			if (FormValues.blank(typed)) {
				continue;
			}
			Amount amount = this.values.amount(typed, false, input + "-" + column, errors);
			if (amount != null) {
				cells.add(new CellRequest(column, amount,
						"true".equals(row.capital().get(column)) ? MoneyKind.CAPITAL : MoneyKind.OPERATING));
			}
		}
		return new RowRequest(validatedLater(this.values.number(row.no(), true, input + "-no", errors)),
				this.values.text(row.group(), longest(RowRequest.class, "group"), input + "-group", errors),
				validatedLater(this.values.required(row.label(), longest(RowRequest.class, "label"), input + "-label",
						errors)),
				this.values.number(row.initiative(), false, input + "-initiative", errors), cells);
	}

	/** A rule about a row or a total names the input it was typed in. */
	private static String input(String field, List<Integer> formRows, List<StatedTotalRequest> totals) {
		Matcher row = ROW_FIELD.matcher(field);
		if (row.matches()) {
			return "row-" + formRows.get(Integer.parseInt(row.group(1))) + "-"
					+ (row.group(2).equals("no") ? "no" : "initiative");
		}
		Matcher total = TOTAL_FIELD.matcher(field);
		if (total.matches()) {
			return "stated-" + totals.get(Integer.parseInt(total.group(1))).column();
		}
		return "plan";
	}

	/**
	 * The plan's years, the columns it already has, and money that goes on, in the order
	 * the table shows them.
	 */
	private static List<String> columns(ActionPlanView plan) {
		TreeSet<String> years = new TreeSet<>(
				plan.funding().columns().stream().filter(c -> !c.equals(FundingTable.PERMANENT)).toList());
		if (plan.firstYear() != null && plan.lastYear() != null) {
			for (int year = plan.firstYear(); year <= plan.lastYear(); year++) {
				years.add(String.valueOf(year));
			}
		}
		List<String> columns = new ArrayList<>(years);
		columns.add(FundingTable.PERMANENT);
		return columns;
	}

	private String page(ActionPlanView plan, PlanForms.Funding form, Map<String, String> errors, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("columns", columns(plan));
		model.addAttribute("form", form.padded(NEW_ROWS));
		model.addAttribute("errors", errors);
		return "plans/funding-form";
	}

}
