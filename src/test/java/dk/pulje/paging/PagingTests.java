package dk.pulje.paging;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.pulje.rules.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingTests {

	private static final Map<String, String> SORTABLE = Map.of("name", "name", "amount", "amount");

	@Test
	void sortsByADeclaredColumnAndBreaksTiesById() {
		Paging paging = Paging.of(2, 50, "amount,desc", SORTABLE, "name");

		assertThat(paging.limitClause()).isEqualTo(" order by amount desc, id desc limit 50 offset 100");
	}

	@Test
	void neverLetsClientTextIntoTheOrderBy() {
		assertThatThrownBy(() -> Paging.of(0, 20, "name; drop table pool", SORTABLE, "name"))
			.isInstanceOfSatisfying(RuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("sort"));
		assertThatThrownBy(() -> Paging.of(0, 20, "name,sideways", SORTABLE, "name")).isInstanceOf(RuleViolation.class);
	}

	@Test
	void searchesForPercentAndUnderscoreAsWritten() {
		Where where = new Where().contains("name", "q", "50%_puljen");

		assertThat(where.params().get("q")).isEqualTo("%50\\%\\_puljen%");
	}

	@Test
	void leavesOutFiltersThatWereNotGiven() {
		Where where = new Where().and("kind = :kind", "kind", null).contains("name", "q", " ");

		assertThat(where.toString()).isEqualTo(" where 1 = 1");
		assertThat(where.params()).isEmpty();
	}

}
