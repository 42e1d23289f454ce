package dk.pulje.applications;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import dk.pulje.money.Amount;

/**
 * What a pool's rules look at in an application, read for a call's whole list in three
 * statements: its pool, its organisations (the lead first), its content area and its
 * budget. Loaded whole, each application took six statements (its partners, budget,
 * granted years, co-authors and attachments) and most of the call page's time.
 */
record PoolRuleFacts(long id, long poolId, List<Long> organisationIds, @Nullable String contentAreaCode,
		List<BudgetLine> budgetLines) {

	/** The facts of the applications with these ids, by id; an unknown id is left out. */
	static Map<Long, PoolRuleFacts> of(JdbcClient jdbc, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> pools = new HashMap<>();
		Map<Long, @Nullable String> areas = new HashMap<>();
		Map<Long, List<Long>> organisations = new HashMap<>();
		jdbc.sql("select id, pool_id, lead_organisation_id, content_area_code from application where id in (:ids)")
			.param("ids", ids)
			.query(rs -> {
				long id = rs.getLong("id");
				pools.put(id, rs.getLong("pool_id"));
				areas.put(id, rs.getString("content_area_code"));
				organisations.put(id, new ArrayList<>(List.of(rs.getLong("lead_organisation_id"))));
			});
		jdbc.sql("""
				select application_id, organisation_id from application_partner
				where application_id in (:ids) order by application_id, line_no""").param("ids", ids).query(rs -> {
			organisations.computeIfAbsent(rs.getLong("application_id"), any -> new ArrayList<>())
				.add(rs.getLong("organisation_id"));
		});
		Map<Long, List<BudgetLine>> budgets = new HashMap<>();
		jdbc.sql("""
				select application_id, fiscal_year, description, amount from application_budget_line
				where application_id in (:ids) order by application_id, line_no""").param("ids", ids).query(rs -> {
			budgets.computeIfAbsent(rs.getLong("application_id"), any -> new ArrayList<>())
				.add(new BudgetLine(rs.getInt("fiscal_year"), rs.getString("description"),
						Amount.ofOre(rs.getLong("amount"))));
		});
		Map<Long, PoolRuleFacts> facts = new HashMap<>();
		pools.forEach((id, pool) -> facts.put(id, new PoolRuleFacts(id, pool, organisations.getOrDefault(id, List.of()),
				areas.get(id), budgets.getOrDefault(id, List.of()))));
		return facts;
	}

}
