package dk.pulje.organisations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.pulje.database.KeptCounts;
import dk.pulje.money.Cvr;
import dk.pulje.paging.PageOf;
import dk.pulje.paging.Paging;
import dk.pulje.paging.Where;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.rules.RuleViolation;
import dk.pulje.rules.StaleVersion;

/**
 * Registers organisations, keeps one record per real organisation, and finds them for the
 * other features.
 */
@Service
public class OrganisationRegister {

	public static final Map<String, String> SORTABLE = Map.of("name", "name", "type", "organisation_type",
			"officialCode", "official_code", "id", "id");

	private final Organisations organisations;

	private final JdbcClient jdbc;

	private final KeptCounts counts;

	OrganisationRegister(Organisations organisations, JdbcClient jdbc, KeptCounts counts) {
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.counts = counts;
	}

	/** Filters for the organisation list; each is optional. */
	public record Filter(@Nullable OrganisationType type, @Nullable String nameContains, @Nullable Long regionId,
			@Nullable String cvr, @Nullable String officialCode) {
	}

	@Transactional(readOnly = true)
	public OrganisationView find(long id) {
		return OrganisationView.of(load(id));
	}

	/**
	 * The organisations with these ids, in their order and in one query; refuses, naming
	 * the field, when one does not exist.
	 */
	@Transactional(readOnly = true)
	public List<OrganisationView> findAll(Collection<Long> ids, String field) {
		Map<Long, OrganisationView> byId = byId(ids);
		List<OrganisationView> found = new ArrayList<>();
		for (Long id : ids) {
			OrganisationView organisation = byId.get(id);
			if (organisation == null) {
				throw new RuleViolation("organisation-unknown", field, id);
			}
			found.add(organisation);
		}
		return found;
	}

	/** These organisations by id, in one query; an id without one is left out. */
	@Transactional(readOnly = true)
	public Map<Long, OrganisationView> byId(Collection<Long> ids) {
		Map<Long, OrganisationView> found = new HashMap<>();
		if (!ids.isEmpty()) {
			this.organisations.findAllById(ids).forEach(o -> found.put(o.id(), OrganisationView.of(o)));
		}
		return found;
	}

	/**
	 * The names of these organisations, in one query, for lists that show who an id is.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.sql("select id, name from organisation where id in (:ids)").param("ids", ids).query(rs -> {
				names.put(rs.getLong("id"), rs.getString("name"));
			});
		}
		return names;
	}

	/** The organisation with this CVR number, if Pulje knows one. */
	@Transactional(readOnly = true)
	public Optional<OrganisationView> byCvr(String cvr) {
		if (!Cvr.isValid(cvr)) {
			return Optional.empty();
		}
		return this.organisations.findByCvr(new Cvr(cvr)).map(OrganisationView::of);
	}

	@Transactional(readOnly = true)
	public OrganisationView byOfficialCode(String code) {
		return this.organisations.findByOfficialCode(code)
			.map(OrganisationView::of)
			.orElseThrow(() -> new RecordNotFound("organisation", code));
	}

	@Transactional(readOnly = true)
	public PageOf<OrganisationView> list(Filter filter, Paging paging) {
		Where where = new Where()
			.and("organisation_type = :type", "type", filter.type() == null ? null : filter.type().name())
			.contains("name", "name", filter.nameContains())
			.and("region_id = :region", "region", filter.regionId())
			.and("cvr = :cvr", "cvr", filter.cvr() == null ? null : filter.cvr().replace(" ", ""))
			.and("official_code = :code", "code", filter.officialCode());
		return where.page(this.jdbc, this.counts, "select count(*) from organisation",
				"select id, version, name, organisation_type, cvr, official_code, region_id, demo from organisation",
				paging,
				(rs, n) -> new OrganisationView(rs.getLong("id"), rs.getLong("version"), rs.getString("name"),
						OrganisationType.valueOf(rs.getString("organisation_type")), rs.getString("cvr"),
						rs.getString("official_code"), (Long) rs.getObject("region_id", Long.class),
						rs.getBoolean("demo")));
	}

	@Transactional
	public OrganisationView register(OrganisationRequest request) {
		return register(request, false);
	}

	@Transactional
	public OrganisationView register(OrganisationRequest request, boolean demo) {
		refuseDuplicateCvr(request.cvr(), null);
		if (request.officialCode() != null
				&& this.organisations.findByOfficialCode(request.officialCode()).isPresent()) {
			throw new RuleViolation("official-code-taken", "officialCode", request.officialCode());
		}
		if (request.regionId() != null) {
			Organisation region = this.organisations.findById(request.regionId())
				.orElseThrow(() -> new RuleViolation("organisation-unknown", "regionId", request.regionId()));
			if (region.type() != OrganisationType.REGION) {
				throw new RuleViolation("region-not-a-region", "regionId", region.name());
			}
		}
		Organisation organisation = Organisation.register(request.name(), request.type(), request.cvr(),
				request.officialCode(), request.regionId(), demo);
		return OrganisationView.of(this.organisations.save(organisation));
	}

	@Transactional
	public OrganisationView change(long id, long expectedVersion, OrganisationRequest request) {
		Organisation organisation = load(id);
		StaleVersion.check("organisation", id, expectedVersion, organisation.version());
		if (request.type() != organisation.type()) {
			throw new RuleViolation("organisation-type-fixed", "type");
		}
		if (request.officialCode() != null && !request.officialCode().equals(organisation.officialCode())) {
			throw new RuleViolation("official-code-fixed", "officialCode");
		}
		refuseDuplicateCvr(request.cvr(), id);
		organisation.rename(request.name(), request.cvr());
		return OrganisationView.of(this.organisations.save(organisation));
	}

	private void refuseDuplicateCvr(Cvr cvr, @Nullable Long exceptId) {
		if (cvr == null) {
			return;
		}
		this.organisations.findByCvr(cvr).filter(existing -> !existing.id().equals(exceptId)).ifPresent(existing -> {
			throw new RuleViolation("cvr-taken", "cvr", cvr.value());
		});
	}

	private Organisation load(long id) {
		return this.organisations.findById(id).orElseThrow(() -> new RecordNotFound("organisation", id));
	}

}
