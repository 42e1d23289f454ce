package dk.pulje.plans;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.pulje.accounts.SignedIn;
import dk.pulje.funding.FundingManagement;
import dk.pulje.paging.PageOf;
import dk.pulje.paging.Paging;
import dk.pulje.paging.Where;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.rules.StaleVersion;

/**
 * Records and changes action plans, and reads them. A plan marked internal is read only
 * by the authority's staff and analysts; to anyone else it is not there.
 */
@Service
public class PlanManagement {

	public static final Map<String, String> SORTS = Map.of("name", "name", "firstYear", "first_year", "id", "id");

	private final ActionPlans plans;

	private final JdbcClient jdbc;

	private final FundingManagement funding;

	PlanManagement(ActionPlans plans, JdbcClient jdbc, FundingManagement funding) {
		this.funding = funding;
		this.plans = plans;
		this.jdbc = jdbc;
	}

	/** A plan in a list. */
	public record PlanSummary(long id, String name, String owner, Integer firstYear, Integer lastYear,
			boolean internal) {
	}

	@Transactional(readOnly = true)
	public PageOf<PlanSummary> plans(String nameContains, Paging paging) {
		Where where = new Where().contains("name", "name", nameContains);
		if (!SignedIn.readsInternalNow()) {
			where.and("internal = :internal", "internal", false);
		}
		long total = this.jdbc.sql("select count(*) from action_plan" + where)
			.params(where.params())
			.query(Long.class)
			.single();
		List<PlanSummary> items = this.jdbc
			.sql("select id, name, owner, first_year, last_year, internal from action_plan" + where
					+ paging.limitClause())
			.params(where.params())
			.query((rs, n) -> new PlanSummary(rs.getLong("id"), rs.getString("name"), rs.getString("owner"),
					rs.getObject("first_year", Integer.class), rs.getObject("last_year", Integer.class),
					rs.getBoolean("internal")))
			.list();
		return PageOf.of(items, paging, total);
	}

	@Transactional(readOnly = true)
	public ActionPlanView plan(long id) {
		return ActionPlanView.of(load(id));
	}

	@Transactional
	public ActionPlanView record(ActionPlanRequest request, boolean demo) {
		requireProgrammes(request);
		return ActionPlanView.of(this.plans.save(ActionPlan.record(request, demo)));
	}

	@Transactional
	public ActionPlanView change(long id, long expectedVersion, ActionPlanRequest request) {
		ActionPlan plan = load(id);
		StaleVersion.check("action-plan", id, expectedVersion, plan.version());
		requireProgrammes(request);
		plan.change(request);
		return ActionPlanView.of(this.plans.save(plan));
	}

	/**
	 * The programmes a plan and its initiatives name must be there; each one that is not
	 * is named.
	 */
	private void requireProgrammes(ActionPlanRequest request) {
		this.funding.requireProgramme(request.programmeId(), "programmeId");
		List<ActionPlanRequest.TrackRequest> tracks = request.tracks() == null ? List.of() : request.tracks();
		for (int t = 0; t < tracks.size(); t++) {
			var initiatives = tracks.get(t).initiatives() == null ? List.<ActionPlanRequest.InitiativeRequest>of()
					: tracks.get(t).initiatives();
			for (int i = 0; i < initiatives.size(); i++) {
				this.funding.requireProgramme(initiatives.get(i).programmeId(),
						"tracks[" + t + "].initiatives[" + i + "].programmeId");
			}
		}
	}

	private ActionPlan load(long id) {
		ActionPlan plan = this.plans.findById(id).orElseThrow(() -> new RecordNotFound("action-plan", id));
		if (plan.internal() && !SignedIn.readsInternalNow()) {
			throw new RecordNotFound("action-plan", id);
		}
		return plan;
	}

}
