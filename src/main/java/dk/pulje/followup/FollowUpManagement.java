package dk.pulje.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.pulje.accounts.SignedIn;
import dk.pulje.funding.FundingManagement;
import dk.pulje.money.DanishTime;
import dk.pulje.rules.RecordNotFound;
import dk.pulje.rules.StaleVersion;

/**
 * Sets up, changes and reads follow-up groups; minutes and barriers only for the
 * authority's staff and analysts.
 */
@Service
public class FollowUpManagement {

	private final FollowUpGroups groups;

	private final Clock clock;

	private final FundingManagement funding;

	FollowUpManagement(FollowUpGroups groups, Clock clock, FundingManagement funding) {
		this.funding = funding;
		this.groups = groups;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<FollowUpGroupView> groups() {
		return this.groups.findAll()
			.stream()
			.sorted(Comparator.comparing(FollowUpGroup::name))
			.map(this::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public FollowUpGroupView group(long id) {
		return view(load(id));
	}

	@Transactional
	public FollowUpGroupView set(FollowUpGroupRequest request, boolean demo) {
		this.funding.requireProgramme(request.programmeId(), "programmeId");
		return view(this.groups.save(FollowUpGroup.set(request, demo)));
	}

	@Transactional
	public FollowUpGroupView change(long id, long expectedVersion, FollowUpGroupRequest request) {
		FollowUpGroup group = load(id);
		StaleVersion.check("follow-up-group", id, expectedVersion, group.version());
		this.funding.requireProgramme(request.programmeId(), "programmeId");
		group.change(request);
		return view(this.groups.save(group));
	}

	private FollowUpGroup load(long id) {
		return this.groups.findById(id).orElseThrow(() -> new RecordNotFound("follow-up-group", id));
	}

	private FollowUpGroupView view(FollowUpGroup group) {
		LocalDate today = DanishTime.of(this.clock.instant()).toLocalDate();
		return FollowUpGroupView.of(group, today, SignedIn.readsInternalNow());
	}

}
