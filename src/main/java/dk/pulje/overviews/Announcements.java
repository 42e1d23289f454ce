package dk.pulje.overviews;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import dk.pulje.money.Amount;
import dk.pulje.paging.Paging;
import dk.pulje.pools.Earmark;
import dk.pulje.pools.PoolCatalogue;
import dk.pulje.pools.PoolManagement;
import dk.pulje.pools.PoolSummary;
import dk.pulje.pools.PoolView;
import dk.pulje.web.FieldMessages;
import dk.pulje.web.Table;

/**
 * The pools a programme announces, in the shape of an announcement like seed 000: each
 * pool with its amount, what is earmarked of it, who may apply and how, and when it is
 * expected to be posted, as announced and as the days that can mean.
 */
@Component
class Announcements {

	private final PoolManagement pools;

	private final PoolCatalogue catalogue;

	private final FieldMessages words;

	Announcements(PoolManagement pools, PoolCatalogue catalogue, FieldMessages words) {
		this.catalogue = catalogue;
		this.pools = pools;
		this.words = words;
	}

	Table of(long programmeId) {
		List<PoolSummary> found = this.catalogue
			.pools(new PoolCatalogue.Filter(null, programmeId, null, null, null),
					Paging.of(0, Paging.MAX_SIZE, "name", PoolCatalogue.POOL_SORTS, "name"))
			.items();
		List<List<Object>> rows = new ArrayList<>();
		for (PoolSummary summary : found) {
			PoolView pool = this.pools.pool(summary.id());
			Amount earmarked = pool.earmarks().stream().map(Earmark::amount).reduce(Amount.ZERO, Amount::plus);
			rows.add(Arrays.asList(pool.name(), pool.amount(), pool.earmarks().isEmpty() ? null : earmarked,
					String.join("; ", pool.earmarks().stream().map(Earmark::description).toList()),
					String.join(", ",
							pool.eligibleTypes().stream().map(t -> this.words.text("type." + t)).sorted().toList()),
					this.words.text("form." + pool.applicationForm()), this.words.text("status." + pool.status()),
					pool.announced() == null ? null : pool.announced().asWritten(),
					pool.announced() == null ? null : pool.announced().earliest().toString(),
					pool.announced() == null ? null : pool.announced().latest().toString(), pool.purpose()));
		}
		return new Table(this.words.text("announcements.table"),
				List.of(this.words.text("pool.name"), this.words.text("pool.amount"),
						this.words.text("announcements.earmarked"), this.words.text("announcements.earmarked-for"),
						this.words.text("pool.eligible"), this.words.text("poolform.how"),
						this.words.text("pool.status"), this.words.text("announcements.expected"),
						this.words.text("announcements.earliest"), this.words.text("announcements.latest"),
						this.words.text("poolform.purpose")),
				rows);
	}

}
