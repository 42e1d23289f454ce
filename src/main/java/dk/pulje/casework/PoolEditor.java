package dk.pulje.casework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import dk.pulje.funding.FundingManagement;
import dk.pulje.money.Amount;
import dk.pulje.money.ProjectPeriod;
import dk.pulje.money.YearlyAmounts;
import dk.pulje.organisations.OrganisationType;
import dk.pulje.paging.Paging;
import dk.pulje.pools.ApplicationForm;
import dk.pulje.pools.CallRequest;
import dk.pulje.pools.CallView;
import dk.pulje.pools.PoolManagement;
import dk.pulje.pools.PoolRequest;
import dk.pulje.pools.PoolView;
import dk.pulje.pools.ReportKind;
import dk.pulje.rules.RuleViolation;
import dk.pulje.rules.StaleVersion;
import dk.pulje.web.FormCheck;
import dk.pulje.web.Formats;
import dk.pulje.web.Pages;

/**
 * Setting up and changing pools, and posting their calls, as pages for caseworkers. A
 * pool's form holds all its rules at once; a wrong field is named where it is typed, and
 * then nothing is saved.
 */
@Controller
class PoolEditor implements Pages {

	private final PoolManagement pools;

	private final FundingManagement funding;

	private final FormCheck check;

	private final Typed typed;

	private final Formats formats;

	PoolEditor(PoolManagement pools, FundingManagement funding, FormCheck check, Typed typed, Formats formats) {
		this.pools = pools;
		this.funding = funding;
		this.check = check;
		this.typed = typed;
		this.formats = formats;
	}

	@GetMapping("/casework/pools/new")
	String newPool(Model model) {
		PoolForm form = new PoolForm();
		form.setApplicationForm(ApplicationForm.ALONE_OR_JOINT.name());
		return form(null, form, Map.of(), model);
	}

	@PostMapping("/casework/pools/new")
	String definePool(@ModelAttribute PoolForm form, Model model) {
		return save(null, form, model);
	}

	@GetMapping("/casework/pools/{id}/edit")
	String editPool(@PathVariable long id, Model model) {
		return form(this.pools.pool(id), formOf(this.pools.pool(id)), Map.of(), model);
	}

	@PostMapping("/casework/pools/{id}/edit")
	String changePool(@PathVariable long id, @ModelAttribute PoolForm form, Model model) {
		return save(this.pools.pool(id), form, model);
	}

	private String save(PoolView existing, PoolForm form, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		PoolRequest request = request(form, errors);
		errors.putAll(this.check.problems(request, PoolEditor::inputOf));
		if (errors.isEmpty()) {
			try {
				PoolView saved = existing == null ? this.pools.definePool(request, false) : this.pools
					.changePool(existing.id(), form.getVersion() == null ? -1 : form.getVersion(), request);
				return "redirect:/pools/" + saved.id() + "?saved";
			}
			catch (RuleViolation refused) {
				errors.putAll(this.check.problems(refused, PoolEditor::inputOf));
			}
			catch (StaleVersion | OptimisticLockingFailureException stale) {
				errors.put("name", this.typed.text("draft.changed-meanwhile"));
			}
		}
		return form(existing, form, errors, model);
	}

	private String form(PoolView pool, PoolForm form, Map<String, String> errors, Model model) {
		pad(form);
		model.addAttribute("pool", pool);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("forms", ApplicationForm.values());
		model.addAttribute("reportKinds", ReportKind.values());
		model.addAttribute("programmes",
				this.funding
					.programmes(null, null, null,
							Paging.of(0, Paging.MAX_SIZE, "name", FundingManagement.PROGRAMME_SORTS, "name"))
					.items());
		return "casework/pool-form";
	}

	@GetMapping("/casework/pools/{id}/calls/new")
	String newCall(@PathVariable long id, Model model) {
		return callForm(this.pools.pool(id), new CallForm(), Map.of(), model);
	}

	@PostMapping("/casework/pools/{id}/calls/new")
	String postCall(@PathVariable long id, @ModelAttribute CallForm form, Model model) {
		PoolView pool = this.pools.pool(id);
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<Amount> amount = this.typed.amount(form.getAmount(), "amount", errors);
		if (Typed.blank(form.getAmount())) {
			errors.put("amount", this.typed.text("validation.NotNull"));
		}
		LocalDateTime opensAt = this.typed.time(form.getOpensAt(), "opensAt", errors);
		LocalDateTime deadline = this.typed.time(form.getDeadline(), "deadline", errors);
		Integer earmark = this.typed.whole(form.getEarmark(), "earmark", errors);
		if (errors.isEmpty()) {
			try {
				CallView call = this.pools.postCall(id,
						new CallRequest(Typed.orNull(form.getTitle()), amount.get(), opensAt, deadline, earmark),
						false);
				return "redirect:/casework/calls/" + call.id() + "?posted";
			}
			catch (RuleViolation refused) {
				errors.putAll(this.check.problems(refused, field -> field));
			}
		}
		return callForm(pool, form, errors, model);
	}

	@GetMapping("/casework/calls/{id}/edit")
	String editCall(@PathVariable long id, Model model) {
		CallView call = this.pools.call(id);
		CallForm form = new CallForm();
		form.setVersion(call.version());
		form.setTitle(call.title());
		form.setAmount(this.formats.input(call.amount()));
		form.setOpensAt(call.opensAt().toLocalDateTime().toString());
		form.setDeadline(call.deadline().toLocalDateTime().toString());
		model.addAttribute("call", call);
		return callForm(this.pools.pool(call.poolId()), form, Map.of(), model);
	}

	/**
	 * Moves a call's opening and deadline, or renames it, while no decision has been
	 * taken on it.
	 */
	@PostMapping("/casework/calls/{id}/edit")
	String rescheduleCall(@PathVariable long id, @ModelAttribute CallForm form, Model model) {
		CallView call = this.pools.call(id);
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDateTime opensAt = this.typed.time(form.getOpensAt(), "opensAt", errors);
		LocalDateTime deadline = this.typed.time(form.getDeadline(), "deadline", errors);
		if (errors.isEmpty()) {
			try {
				this.pools.rescheduleCall(id, form.getVersion() == null ? -1 : form.getVersion(),
						new CallRequest(Typed.orNull(form.getTitle()), call.amount(), opensAt, deadline));
				return "redirect:/casework/calls/" + id + "?rescheduled";
			}
			catch (RuleViolation refused) {
				errors.putAll(this.check.problems(refused, field -> field));
			}
			catch (StaleVersion | OptimisticLockingFailureException stale) {
				errors.put("title", this.typed.text("draft.changed-meanwhile"));
			}
		}
		form.setAmount(this.formats.input(call.amount()));
		model.addAttribute("call", call);
		return callForm(this.pools.pool(call.poolId()), form, errors, model);
	}

	private String callForm(PoolView pool, CallForm form, Map<String, String> errors, Model model) {
		model.addAttribute("pool", pool);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "casework/call-form";
	}

	/** The pool's form as the pool stands, with room for more rows. */
	private PoolForm formOf(PoolView pool) {
		PoolForm form = new PoolForm();
		form.setVersion(pool.version());
		form.setName(pool.name());
		form.setPurpose(pool.purpose());
		form.setAuthority(pool.authority());
		form.setProgrammeId(pool.programmeId());
		form.setApplicationForm(pool.applicationForm().name());
		form.setEligibleTypes(new ArrayList<>(pool.eligibleTypes().stream().map(Enum::name).toList()));
		pool.contentAreas().forEach(a -> {
			PoolForm.Area area = new PoolForm.Area();
			area.setCode(a.code());
			area.setName(a.name());
			area.setDescription(a.description());
			area.setExamples(a.examples());
			form.getAreas().add(area);
		});
		pool.yearlyAmounts().byYear().forEach((year, amount) -> {
			PoolForm.YearAmount row = new PoolForm.YearAmount();
			row.setYear(String.valueOf(year));
			row.setAmount(this.formats.input(amount));
			form.getYears().add(row);
		});
		if (pool.statedTotal() != null) {
			form.setStatedTotal(pool.statedTotal().asWritten());
		}
		pool.earmarks().forEach(e -> {
			PoolForm.Earmark earmark = new PoolForm.Earmark();
			earmark.setDescription(e.description());
			earmark.setAmount(this.formats.input(e.amount()));
			form.getEarmarks().add(earmark);
		});
		if (pool.projectPeriod() != null) {
			form.setPeriodStart(pool.projectPeriod().start().toString());
			form.setPeriodEnd(pool.projectPeriod().end().toString());
		}
		if (pool.announced() != null) {
			form.setAnnounced(pool.announced().asWritten());
		}
		pool.reportingRequirements().forEach(r -> {
			PoolForm.Report report = new PoolForm.Report();
			report.setKind(r.reportKind().name());
			report.setMonthsAfterEnd(String.valueOf(r.monthsAfterEnd()));
			report.setAuditedAccounts(r.auditedAccounts());
			report.setContents(r.contents());
			form.getReports().add(report);
		});
		return form;
	}

	/** Room to add: two more content areas, three more years, an earmark and a report. */
	private static void pad(PoolForm form) {
		addBlank(form.getAreas(), 2, PoolForm.Area::new, PoolForm.Area::isBlank);
		addBlank(form.getYears(), 3, PoolForm.YearAmount::new, PoolForm.YearAmount::isBlank);
		addBlank(form.getEarmarks(), 1, PoolForm.Earmark::new, PoolForm.Earmark::isBlank);
		addBlank(form.getReports(), 1, PoolForm.Report::new, PoolForm.Report::isBlank);
	}

	private static <T> void addBlank(List<T> rows, int wanted, Supplier<T> blank, Predicate<T> isBlank) {
		long blanks = rows.stream().filter(isBlank).count();
		for (long i = blanks; i < wanted; i++) {
			rows.add(blank.get());
		}
	}

	/**
	 * What the form asks for, with the fields that cannot be read named in
	 * {@code errors}.
	 */
	private PoolRequest request(PoolForm form, Map<String, String> errors) {
		Set<OrganisationType> types = new HashSet<>();
		form.getEligibleTypes()
			.stream()
			.map(t -> this.typed.choice(OrganisationType.class, t, "eligibleTypes", errors))
			.filter(Objects::nonNull)
			.forEach(types::add);
		List<PoolRequest.ContentAreaRequest> areas = new ArrayList<>();
		form.getAreas()
			.stream()
			.filter(a -> !a.isBlank())
			.forEach(a -> areas.add(new PoolRequest.ContentAreaRequest(Typed.orNull(a.getCode()), a.getName(),
					Typed.orNull(a.getDescription()), Typed.orNull(a.getExamples()))));
		Map<Integer, Amount> byYear = new TreeMap<>();
		for (int i = 0; i < form.getYears().size(); i++) {
			PoolForm.YearAmount row = form.getYears().get(i);
			if (row.isBlank()) {
				continue;
			}
			Integer year = year(row.getYear(), "years-" + i + "-year", errors);
			Optional<Amount> amount = this.typed.amount(row.getAmount(), "years-" + i + "-amount", errors);
			if (year != null && amount.isPresent()) {
				byYear.put(year, amount.get());
			}
		}
		List<PoolRequest.EarmarkRequest> earmarks = new ArrayList<>();
		for (int i = 0; i < form.getEarmarks().size(); i++) {
			PoolForm.Earmark row = form.getEarmarks().get(i);
			if (row.isBlank()) {
				continue;
			}
			Optional<Amount> amount = this.typed.amount(row.getAmount(), "earmarks-" + i + "-amount", errors);
			earmarks.add(new PoolRequest.EarmarkRequest(row.getDescription(), amount.orElse(null)));
		}
		List<PoolRequest.ReportingRequirementRequest> reports = new ArrayList<>();
		for (int i = 0; i < form.getReports().size(); i++) {
			PoolForm.Report row = form.getReports().get(i);
			if (row.isBlank()) {
				continue;
			}
			Integer months = this.typed.whole(row.getMonthsAfterEnd(), "reports-" + i + "-monthsAfterEnd", errors);
			reports.add(new PoolRequest.ReportingRequirementRequest(
					this.typed.choice(ReportKind.class, row.getKind(), "reports-" + i + "-kind", errors), months,
					row.isAuditedAccounts(), Typed.orNull(row.getContents())));
		}
		return new PoolRequest(form.getName(), Typed.orNull(form.getPurpose()), Typed.orNull(form.getAuthority()),
				form.getProgrammeId(),
				this.typed.choice(ApplicationForm.class, form.getApplicationForm(), "applicationForm", errors), types,
				areas, byYear.isEmpty() ? null : YearlyAmounts.of(byYear), null, Typed.orNull(form.getStatedTotal()),
				earmarks, period(form, errors), Typed.orNull(form.getAnnounced()),
				this.typed.whole(form.getAnnouncedInYear(), "announcedInYear", errors), reports);
	}

	/**
	 * The page's input for a field of the request ("contentAreas[1].name" is typed in
	 * "areas-1-name").
	 */
	private static String inputOf(String field) {
		String input = FormCheck.inputId(field)
			.replace("contentAreas-", "areas-")
			.replace("reportingRequirements-", "reports-");
		return switch (input) {
			case "statedTotalAsWritten" -> "statedTotal";
			case "projectPeriod" -> "periodStart";
			case "yearlyAmounts" -> "years-0-amount";
			default -> input;
		};
	}

	private ProjectPeriod period(PoolForm form, Map<String, String> errors) {
		if (Typed.blank(form.getPeriodStart()) && Typed.blank(form.getPeriodEnd())) {
			return null;
		}
		try {
			return new ProjectPeriod(LocalDate.parse(form.getPeriodStart().strip()),
					LocalDate.parse(form.getPeriodEnd().strip()));
		}
		catch (RuntimeException unreadable) {
			errors.put("periodStart", this.typed.text("validation.value.ProjectPeriod"));
			return null;
		}
	}

	private Integer year(String text, String input, Map<String, String> errors) {
		Integer year = this.typed.whole(text, input, errors);
		if (year == null && !errors.containsKey(input)) {
			errors.put(input, this.typed.text("validation.value.year"));
		}
		return year;
	}

}
